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

/** Today in Asia/Shanghai as yyyy-MM-dd (the server's "today"). */
export function todayIso(now: Date = new Date()): string {
  return isoDate.format(now)
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
