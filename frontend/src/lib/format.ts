// Times are shown as the users live them: Asia/Shanghai, whatever the browser's zone.
import dayjs, { type Dayjs } from 'dayjs'

const dateTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
})

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dateTime.format(new Date(iso)).replace(/\//g, '-') : ''
}

const isoDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })

let daysAhead = 0

/** How many days the server's today (yyyy-MM-dd) is ahead of the browser's clock in Asia/Shanghai (negative: behind). */
export function daysAheadOfBrowser(serverToday: string, now: Date = new Date()): number {
  return dayjs(serverToday).diff(dayjs(isoDate.format(now)), 'day')
}

/** From now on todayIso() is the browser's day moved by this many days: the session sets it from the server's today. */
export function followServerToday(days: number): void {
  daysAhead = days
}

/**
 * The server's today as yyyy-MM-dd: the browser's clock in Asia/Shanghai, moved by what the server said at sign-in
 * (a village PC with a wrong date, or a server with a pinned clock, still proposes and bounds the server's days).
 */
export function todayIso(now: Date = new Date()): string {
  const browser = isoDate.format(now)
  return daysAhead === 0 ? browser : dayjs(browser).add(daysAhead, 'day').format('YYYY-MM-DD')
}

/** The server's current year. */
export function thisYear(): number {
  return Number(todayIso().slice(0, 4))
}

/** For a date picker's disabledDate: the days after today in Asia/Shanghai (a recorded fact cannot lie ahead). */
export function afterToday(day: Dayjs): boolean {
  return day.isAfter(dayjs(todayIso()), 'day')
}

/** A date picker's day as the API's yyyy-MM-dd (undefined for none). */
export function toIsoDate(day: Dayjs | null | undefined): string | undefined {
  return day ? day.format('YYYY-MM-DD') : undefined
}

/** The API's yyyy-MM-dd as a date picker's day (undefined for none). */
export function fromIsoDate(iso: string | null | undefined): Dayjs | undefined {
  return iso ? dayjs(iso) : undefined
}

/** A ratio 0…1 as a percentage with at most one decimal: 0.8751 → "87.5%". */
export function formatPercent(ratio: number): string {
  return `${Math.round(ratio * 1000) / 10}%`
}
