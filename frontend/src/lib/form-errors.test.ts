import { describe, expect, it, vi } from 'vitest'
import type { FormInstance } from 'antd'
import { ApiProblem } from './api-client'
import { applyFieldErrors } from './form-errors'

function formWith(...names: (string | number)[][]) {
  const setFields = vi.fn()
  const form = { getFieldsError: () => names.map((name) => ({ name, errors: [], warnings: [] })), setFields }
  return { form: form as unknown as FormInstance, setFields }
}

describe('applyFieldErrors', () => {
  it('puts a qualified server path on the form field it ends with', () => {
    const { form, setFields } = formWith(['lmp'], ['findings', 'condition'])
    const unmatched = applyFieldErrors(form, new ApiProblem({
      status: 400,
      errors: [
        { field: 'register.body.lmp', message: '不能晚于今天' },
        { field: 'findings.condition', message: '此类随访必须填写' },
      ],
    }))
    expect(unmatched).toEqual([])
    expect(setFields).toHaveBeenCalledWith([
      { name: ['lmp'], errors: ['不能晚于今天'] },
      { name: ['findings', 'condition'], errors: ['此类随访必须填写'] },
    ])
  })

  it('reads a list index as a path segment, so an item of a Form.List gets its error', () => {
    const { form, setFields } = formWith(['babies', 0, 'name'], ['babies', 1, 'name'])
    const unmatched = applyFieldErrors(form, new ApiProblem({
      status: 400,
      errors: [
        { field: 'babies[1].name', message: '活产婴儿须填写姓名以便入户登记' },
        { field: 'fatherId', message: '须为男性' },
      ],
    }))
    expect(setFields).toHaveBeenCalledWith([{ name: ['babies', 1, 'name'], errors: ['活产婴儿须填写姓名以便入户登记'] }])
    expect(unmatched).toEqual([{ field: 'fatherId', message: '须为男性' }])
  })
})
