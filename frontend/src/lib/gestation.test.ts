// The server's rule (backend Pregnancy.eddFrom / gestationOn): EDD = LMP + 280 days; gestational age in completed
// weeks and days since the LMP. The registration form shows both live, so they must agree with the server.
import { describe, expect, it } from 'vitest'
import { addDays, daysBetween, eddFrom, gestationOn, TERM_DAYS } from './gestation'

describe('eddFrom', () => {
  it('adds 280 days to the LMP', () => {
    expect(TERM_DAYS).toBe(280)
    expect(eddFrom('2018-05-10')).toBe('2019-02-14')
  })

  it('counts through a leap day and across the year end', () => {
    expect(eddFrom('2019-06-01')).toBe('2020-03-07')
    expect(eddFrom('2020-02-29')).toBe('2020-12-05')
    expect(eddFrom('2018-03-26')).toBe('2018-12-31')
  })

  it('gives nothing for a date that does not exist or is not yyyy-MM-dd', () => {
    expect(eddFrom('2018-02-30')).toBeUndefined()
    expect(eddFrom('2018/05/10')).toBeUndefined()
    expect(eddFrom('')).toBeUndefined()
  })
})

describe('gestationOn', () => {
  it('is 0 weeks + 0 days on the LMP itself', () => {
    expect(gestationOn('2018-05-10', '2018-05-10')).toEqual({ weeks: 0, days: 0 })
  })

  it('counts completed weeks and the days over', () => {
    expect(gestationOn('2018-05-10', '2018-10-22')).toEqual({ weeks: 23, days: 4 })
    expect(gestationOn('2018-05-10', '2018-05-17')).toEqual({ weeks: 1, days: 0 })
    expect(gestationOn('2018-05-10', '2018-05-16')).toEqual({ weeks: 0, days: 6 })
  })

  it('is 40 weeks + 0 days on the expected delivery', () => {
    expect(gestationOn('2020-02-29', eddFrom('2020-02-29')!)).toEqual({ weeks: 40, days: 0 })
  })

  it('gives nothing before the LMP', () => {
    expect(gestationOn('2018-05-10', '2018-05-09')).toBeUndefined()
  })
})

describe('day arithmetic', () => {
  it('adds and counts calendar days whatever the time zone', () => {
    expect(addDays('2018-12-31', 1)).toBe('2019-01-01')
    expect(addDays('2018-03-01', -1)).toBe('2018-02-28')
    expect(daysBetween('2018-01-01', '2019-01-01')).toBe(365)
    expect(daysBetween('2019-01-01', '2018-12-25')).toBe(-7)
  })
})
