import { describe, expect, it } from 'vitest'
import { fileNameOf } from './download'

describe('fileNameOf', () => {
  it('reads the UTF-8 name first, then the plain one', () => {
    expect(fileNameOf('attachment; filename="persons.xlsx"')).toBe('persons.xlsx')
    expect(fileNameOf("attachment; filename=\"x.xlsx\"; filename*=UTF-8''%E4%BA%BA%E5%91%98.xlsx")).toBe('人员.xlsx')
    expect(fileNameOf('attachment; filename=households.csv')).toBe('households.csv')
    expect(fileNameOf(null)).toBeUndefined()
    expect(fileNameOf('attachment')).toBeUndefined()
  })
})
