// The same cases as the server's IdNumberTest: server and forms must give the same answer for every one.
import { describe, expect, it } from 'vitest'
import { checkCharacter, ID_NUMBER_PROBLEMS, parseIdNumber, type IdNumberProblem } from './id-number'

type SharedCase =
  | { name: string; input: string; today: string; valid: true; value: string; birthDate: string; sex: 'MALE' | 'FEMALE' }
  | { name: string; input: string; today: string; valid: false; problem: IdNumberProblem }

// Read with node:fs. tsconfig.app.json has no Node types (that is why src/architecture.test.ts is excluded from
// it), so node:fs is imported through a variable tsc does not resolve; Vite's `?raw` import is refused for a file
// outside frontend/ (server.fs.allow). Under jsdom, `new URL(relative, import.meta.url)` is not a file URL, so
// the path is built from this file's own path.
const NODE_FS = 'node:fs'
const fs = (await import(/* @vite-ignore */ NODE_FS)) as { readFileSync(path: string, encoding: 'utf8'): string }
const here = decodeURIComponent(new URL(import.meta.url).pathname)
const casesFile = here.replace(/[^/]*$/, '../../../backend/src/test/resources/id-number-cases.json')
const cases: SharedCase[] = JSON.parse(fs.readFileSync(casesFile, 'utf8'))

describe('parseIdNumber, shared cases', () => {
  it('has at least 25 cases and covers every problem', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25)
    for (const problem of ID_NUMBER_PROBLEMS) {
      expect(cases.some((c) => !c.valid && c.problem === problem), problem).toBe(true)
    }
  })

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = parseIdNumber(c.input, c.today)
    if (c.valid) {
      expect(result).toEqual({
        ok: true,
        value: c.value,
        regionCode: c.value.slice(0, 6),
        birthDate: c.birthDate,
        sex: c.sex,
      })
    } else {
      expect(result).toEqual({ ok: false, problem: c.problem })
    }
  })
})

describe('parseIdNumber', () => {
  it('normalises a lower-case x', () => {
    expect(parseIdNumber(' 64050219780105123x ', '2026-11-29')).toMatchObject({ ok: true, value: '64050219780105123X' })
  })

  it('reads a Date as the day in Asia/Shanghai, not in the browser zone', () => {
    const bornOn1130 = '640502202611300067'
    // 2026-11-29T16:30Z is already 2026-11-30 00:30 in Shanghai.
    expect(parseIdNumber(bornOn1130, new Date('2026-11-29T16:30:00Z'))).toMatchObject({ ok: true })
    // 2026-11-29T15:30Z is still 2026-11-29 23:30 in Shanghai.
    expect(parseIdNumber(bornOn1130, new Date('2026-11-29T15:30:00Z'))).toEqual({
      ok: false,
      problem: 'FUTURE_BIRTH_DATE',
    })
  })

  it('treats a missing value as a format error and refuses a malformed today', () => {
    expect(parseIdNumber(undefined, '2026-11-29')).toEqual({ ok: false, problem: 'FORMAT' })
    expect(parseIdNumber(null, '2026-11-29')).toEqual({ ok: false, problem: 'FORMAT' })
    expect(() => parseIdNumber('53010219200508011X', '2026/11/29')).toThrow(RangeError)
  })

  it('computes the GB 11643 check character', () => {
    expect(checkCharacter('53010219200508011')).toBe('X')
    expect(checkCharacter('64050219850312001')).toBe('9')
  })
})
