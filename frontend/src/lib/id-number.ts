// Resident ID number (居民身份证号, GB 11643-1999), checked exactly as the server's
// fpms.household.IdNumber does: both run backend/src/test/resources/id-number-cases.json.
// Forms map the problem codes to messages through the i18n dictionary.

/** Why an input is not a valid ID number, in the order the checks run (same codes as the server). */
export const ID_NUMBER_PROBLEMS = [
  'FORMAT',
  'OLD_15_DIGIT',
  'REGION',
  'BIRTH_DATE',
  'FUTURE_BIRTH_DATE',
  'CHECK_CHARACTER',
] as const

export type IdNumberProblem = (typeof ID_NUMBER_PROBLEMS)[number]

export type IdNumberSex = 'MALE' | 'FEMALE'

/** A valid number and what it encodes: birth date and sex are derived from it, never typed separately. */
export interface ValidIdNumber {
  ok: true
  /** The 18 characters, trimmed, with an upper-case X. */
  value: string
  /** The first 6 digits. */
  regionCode: string
  /** yyyy-MM-dd. */
  birthDate: string
  sex: IdNumberSex
}

export interface InvalidIdNumber {
  ok: false
  problem: IdNumberProblem
}

export type IdNumberResult = ValidIdNumber | InvalidIdNumber

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARACTERS = '10X98765432'
const PROVINCES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82',
])
const EARLIEST_BIRTH_DATE = '1890-01-01'
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

const shanghaiDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** The calendar day in Asia/Shanghai as yyyy-MM-dd, whatever the browser's own time zone. */
function shanghaiToday(today: Date | string): string {
  if (typeof today === 'string') {
    if (!ISO_DATE.test(today)) throw new RangeError(`today must be yyyy-MM-dd: ${today}`)
    return today
  }
  const parts = Object.fromEntries(shanghaiDate.formatToParts(today).map((part) => [part.type, part.value]))
  return `${parts.year}-${parts.month}-${parts.day}`
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** The GB 11643 check character of 17 digits: weighted sum mod 11 indexes "10X98765432". */
export function checkCharacter(first17: string): string {
  if (!/^[0-9]{17}$/.test(first17)) throw new RangeError('expected 17 digits')
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK_CHARACTERS[sum % 11]
}

/**
 * Checks and decodes what a person typed: trims it, accepts a lower-case x, and reports the first problem
 * in the order of ID_NUMBER_PROBLEMS. `today` is a yyyy-MM-dd string, or a Date read in Asia/Shanghai.
 */
export function parseIdNumber(raw: string | null | undefined, today: Date | string): IdNumberResult {
  const todayIso = shanghaiToday(today)
  if (typeof raw !== 'string') return { ok: false, problem: 'FORMAT' }
  const value = raw.trim().replace(/x/g, 'X')
  if (/^[0-9]{15}$/.test(value)) return { ok: false, problem: 'OLD_15_DIGIT' }
  if (!/^[0-9]{17}[0-9X]$/.test(value)) return { ok: false, problem: 'FORMAT' }
  if (!PROVINCES.has(value.slice(0, 2))) return { ok: false, problem: 'REGION' }
  const year = Number(value.slice(6, 10))
  const month = Number(value.slice(10, 12))
  const day = Number(value.slice(12, 14))
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || birthDate < EARLIEST_BIRTH_DATE) {
    return { ok: false, problem: 'BIRTH_DATE' }
  }
  if (birthDate > todayIso) return { ok: false, problem: 'FUTURE_BIRTH_DATE' }
  if (checkCharacter(value.slice(0, 17)) !== value[17]) return { ok: false, problem: 'CHECK_CHARACTER' }
  return {
    ok: true,
    value,
    regionCode: value.slice(0, 6),
    birthDate,
    sex: Number(value[16]) % 2 === 1 ? 'MALE' : 'FEMALE',
  }
}
