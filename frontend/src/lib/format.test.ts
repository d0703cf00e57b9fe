import { afterEach, describe, expect, it } from 'vitest'
import { daysAheadOfBrowser, followServerToday, todayIso } from './format'

describe('todayIso', () => {
  afterEach(() => followServerToday(0))

  it('is the day in Asia/Shanghai, whatever the browser\'s zone', () => {
    expect(todayIso(new Date('2026-03-01T15:59:59Z'))).toBe('2026-03-01')
    expect(todayIso(new Date('2026-03-01T16:00:00Z'))).toBe('2026-03-02')
  })

  it('follows the server\'s today when the browser\'s clock is wrong, across a month\'s end', () => {
    const signIn = new Date('2026-02-20T02:00:00Z') // the PC says 20 February; the server says 2 March
    followServerToday(daysAheadOfBrowser('2026-03-02', signIn))
    expect(todayIso(signIn)).toBe('2026-03-02')
    expect(todayIso(new Date('2026-02-21T02:00:00Z'))).toBe('2026-03-03') // a day later, still the server's day
    followServerToday(daysAheadOfBrowser('2026-02-18', signIn))
    expect(todayIso(signIn)).toBe('2026-02-18')
  })
})
