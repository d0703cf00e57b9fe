import { describe, expect, it } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/react'
import { json, renderApp, signInAs, stubFetch } from '../../../test/render'
import { pregnancyDetail } from '../../../test/pregnancy-fixtures'
import { path } from '../../../test/register-fixtures'
import { CorrectPregnancyDialog, EndPregnancyDialog } from './PregnancyDialogs'

function stubWrites() {
  const writes: Request[] = []
  stubFetch((request) => {
    if (path(request) === '/api/risk-factors') return json([{ code: 'HYPERTENSION', name: '妊娠期高血压', level: 'HIGH' }])
    writes.push(request)
    return json(pregnancyDetail({ version: 4 }))
  })
  return writes
}

const dialogTitled = async (title: string) => (await screen.findByText(title)).closest<HTMLElement>('.ant-modal')!
const confirm = (dialog: HTMLElement) => fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定/ }))

describe('PregnancyDialogs', () => {
  it('corrects the registration: the whole of it again with the reason, the version in If-Match', async () => {
    signInAs(['VILLAGE_WORKER'])
    const writes = stubWrites()
    renderApp(<CorrectPregnancyDialog detail={pregnancyDetail()} onClose={() => {}} />)
    const dialog = await dialogTitled('更正登记：马秀英')
    expect((within(dialog).getByLabelText('末次月经') as HTMLInputElement).value).toBe('2018-05-10')
    fireEvent.change(within(dialog).getByLabelText('更正原因'), { target: { value: '末次月经日期登记有误' } })
    confirm(dialog)

    expect(await screen.findByText('已保存')).toBeTruthy()
    expect(writes[0].method).toBe('PUT')
    expect(path(writes[0])).toBe('/api/pregnancies/1001')
    expect(writes[0].headers.get('If-Match')).toBe('"3"')
    // a village worker names no other worker: absent, the server keeps the one there is
    expect(await writes[0].json()).toEqual({
      personId: 1203, lmp: '2018-05-10', riskFactors: ['HYPERTENSION'], reason: '末次月经日期登记有误',
    })
  })

  it('asks for the end\'s date before sending it', async () => {
    signInAs(['VILLAGE_WORKER'])
    const writes = stubWrites()
    renderApp(<EndPregnancyDialog detail={pregnancyDetail()} onClose={() => {}} />)
    const dialog = await dialogTitled('终止妊娠：马秀英')
    fireEvent.mouseDown(within(dialog).getByLabelText('终止类型'))
    fireEvent.click(await screen.findByTitle('自然流产'))
    fireEvent.change(within(dialog).getByLabelText('原因'), { target: { value: '孕 10 周自然流产' } })
    confirm(dialog)
    expect(await within(dialog).findByText('请输入终止日期')).toBeTruthy() // the date is asked for
    expect(writes).toHaveLength(0)
  })
})
