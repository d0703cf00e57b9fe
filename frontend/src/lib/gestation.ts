// Expected delivery and gestational age from the last menstrual period (LMP), as the server counts them
// (backend Pregnancy.eddFrom and Pregnancy.gestationOn): EDD = LMP + 280 days; gestational age = the whole days
// since the LMP, as completed weeks and days. Dates are the API's yyyy-MM-dd, counted as calendar days.

export const TERM_DAYS = 280
/** An LMP longer ago than this cannot belong to an ongoing pregnancy: the longest, 44 weeks (the server refuses it). */
export const MAX_LMP_AGE_DAYS = 44 * 7
const DAY_MS = 86_400_000
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export interface Gestation {
  weeks: number
  days: number
}

/** The calendar day as a count of days since 1970-01-01 (undefined for anything but a real yyyy-MM-dd). */
function dayNumber(iso: string): number | undefined {
  const match = ISO_DATE.exec(iso)
  if (!match) return undefined
  const [year, month, day] = match.slice(1).map(Number)
  const ms = Date.UTC(year, month - 1, day)
  const back = new Date(ms)
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined
  return ms / DAY_MS
}

function isoOf(dayCount: number): string {
  return new Date(dayCount * DAY_MS).toISOString().slice(0, 10)
}

/** The day `days` after `iso` (before it when negative). */
export function addDays(iso: string, days: number): string | undefined {
  const day = dayNumber(iso)
  return day === undefined ? undefined : isoOf(day + days)
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number | undefined {
  const start = dayNumber(from)
  const end = dayNumber(to)
  return start === undefined || end === undefined ? undefined : end - start
}

/** The expected delivery by the rule: LMP + 280 days. */
export function eddFrom(lmp: string): string | undefined {
  return addDays(lmp, TERM_DAYS)
}

/** Completed weeks and days of gestation on `day`; undefined before the LMP or for a bad date. */
export function gestationOn(lmp: string, day: string): Gestation | undefined {
  const days = daysBetween(lmp, day)
  if (days === undefined || days < 0) return undefined
  return { weeks: Math.floor(days / 7), days: days % 7 }
}
