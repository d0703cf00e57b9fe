// What the end-to-end specs share: signing in, the side menu, API answers, and register data unique to a run.
import { expect, type Page } from '@playwright/test'

/** Demo users (demo profile only; every demo password is Demo@2018). */
export const VILLAGE_WORKER = { username: 'village', password: 'Demo@2018' }
export const ADMIN = { username: 'admin', password: 'Demo@2018' }
export const SECURITY_ADMIN = { username: 'security', password: 'Demo@2018' }
export const OK = /确\s*定/
export const SIGN_IN = /登\s*录/

/** The server's today each page signed in with (the SPA keeps its session in memory, out of the tests' reach too). */
const todays = new WeakMap<Page, string>()

export async function logIn(page: Page, username: string, password: string) {
  await page.goto('/login')
  await page.getByLabel('用户名').fill(username)
  await page.getByLabel('密码').fill(password)
  const answer = answerTo(page, 'POST', '/api/auth/token')
  await page.getByRole('button', { name: SIGN_IN }).click()
  const signedIn = (await (await answer).json()) as { user: { today: string } }
  todays.set(page, signedIn.user.today)
  await expect(page.getByRole('banner')).toBeVisible()
}

/** The server's today (yyyy-MM-dd) as the signed-in SPA holds it: a flow's dates count from it, not from this machine's clock. */
export function serverToday(page: Page): Promise<string> {
  const today = todays.get(page)
  if (!today) throw new Error('not signed in: no server today in the session')
  return Promise.resolve(today)
}

/** A side-menu entry by its whole label (its accessible name starts with the icon's, e.g. "solution 户管理"). */
export async function openMenu(page: Page, entry: string) {
  await page.getByRole('menuitem', { name: new RegExp(`(^|\\s)${entry}$`) }).click()
}

/** The next answer of the API to `method path` (set up before the action that sends it). */
export function answerTo(page: Page, method: string, path: string) {
  return page.waitForResponse((response) =>
    response.request().method() === method && new URL(response.url()).pathname === path)
}

// GB 11643-1999: 6-digit region, birth date, 3-digit sequence (odd male, even female), check character.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
function checkCharacter(first17: string): string {
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * WEIGHTS[i], 0)
  return '10X98765432'[sum % 11]
}

function yyyymmdd(day: Date): string {
  return day.toISOString().slice(0, 10).replace(/-/g, '')
}

/**
 * A valid number, unique to this run: the birth date (from `fromYear`, within `spanDays`) and the sequence come from
 * the run's time stamp.
 */
export function idNumber(stamp: number, offsetDays: number, sex: 'MALE' | 'FEMALE', fromYear: number, spanDays: number): string {
  const birth = new Date(Date.UTC(fromYear, 0, 1) + ((Math.floor(stamp / 1000) + offsetDays) % spanDays) * 86_400_000)
  const sequence = (Math.floor(stamp / 7) % 499) * 2 + 1 + (sex === 'MALE' ? 0 : 1) // 001…998: odd male, even female
  const first17 = `640502${yyyymmdd(birth)}${String(sequence).padStart(3, '0')}`
  return first17 + checkCharacter(first17)
}

/** Digits spelled as Chinese characters, so each run's names differ. */
const NAME_CHARACTERS = '春夏秋冬梅兰竹菊松柏'
export function nameFrom(prefix: string, stamp: number): string {
  return prefix + String(stamp).slice(-3).split('').map((digit) => NAME_CHARACTERS[Number(digit)]).join('')
}
