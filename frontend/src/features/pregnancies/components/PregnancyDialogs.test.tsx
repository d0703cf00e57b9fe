import { describe, expect, it } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/react'
import { json, problem, renderApp, signInAs, stubFetch } from '../../../test/render'
import { pregnancyDetail } from '../../../test/pregnancy-fixtures'
import { path } from '../../../test/register-fixtures'
import { CorrectPregnancyDialog, DeliverPregnancyDialog, EndPregnancyDialog, TransferPregnancyDialog } from './PregnancyDialogs'

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

  it('transfers to a village of another town, found by name in the whole tree with the units above it', async () => {
    signInAs(['VILLAGE_WORKER'])
    const writes: Request[] = []
    const searches: string[] = []
    stubFetch((request) => {
      if (path(request) === '/api/org-units/directory') {
        searches.push(new URL(request.url).searchParams.get('q') ?? '')
        return json({
          items: [{ id: 14, code: null, name: '滨河社区', level: 'VILLAGE', above: '宁夏回族自治区 / 中卫市 / 沙坡头区 / 滨河镇' }],
          page: 0, size: 30, total: 1,
        })
      }
      writes.push(request)
      return json(pregnancyDetail({ version: 4 }))
    })
    renderApp(<TransferPregnancyDialog detail={pregnancyDetail()} onClose={() => {}} />)
    const dialog = await dialogTitled('转出：马秀英')
    fireEvent.change(within(dialog).getByLabelText('转入村（居）'), { target: { value: '滨河' } })
    expect(await screen.findByText('（宁夏回族自治区 / 中卫市 / 沙坡头区 / 滨河镇）')).toBeTruthy()
    fireEvent.click(await screen.findByText('滨河社区'))
    fireEvent.change(within(dialog).getByLabelText('原因'), { target: { value: '随丈夫迁居' } })
    fireEvent.change(within(dialog).getByLabelText('转出日期'), { target: { value: '2018-09-01' } })
    fireEvent.keyDown(within(dialog).getByLabelText('转出日期'), { key: 'Enter' })
    confirm(dialog)

    expect(await screen.findByText('已保存')).toBeTruthy()
    expect(searches).toContain('滨河')
    expect(path(writes[0])).toBe('/api/pregnancies/1001/transfer')
    expect(await writes[0].json()).toEqual({ date: '2018-09-01', toOrgUnitId: 14, reason: '随丈夫迁居' })
  })

  it('offers the reason for an early live birth when the server asks for it, and sends it', async () => {
    signInAs(['VILLAGE_WORKER'])
    const writes: Request[] = []
    stubFetch((request) => {
      writes.push(request)
      return writes.length === 1
        ? problem({
          status: 400,
          title: '输入有误',
          errors: [{ field: 'reason', message: '距末次月经 21 周 0 天（不满 22 周）的活产按流产处理，作为分娩登记须说明原因' }],
        })
        : json(pregnancyDetail({ status: 'DELIVERED', version: 4 }))
    })
    renderApp(<DeliverPregnancyDialog detail={pregnancyDetail()} onClose={() => {}} onDelivered={() => {}} />)
    const dialog = await dialogTitled('分娩登记：马秀英')
    expect(within(dialog).getByLabelText('早产活产说明').closest('.ant-form-item')?.classList.contains('ant-form-item-hidden')).toBe(true)
    fireEvent.click(within(dialog).getByRole('radio', { name: '男' }))
    fireEvent.change(within(dialog).getByLabelText('姓名（入户登记）'), { target: { value: '马小宝' } })
    confirm(dialog)

    expect(await within(dialog).findByText('距末次月经 21 周 0 天（不满 22 周）的活产按流产处理，作为分娩登记须说明原因')).toBeTruthy()
    const reason = within(dialog).getByLabelText('早产活产说明')
    expect(reason.closest('.ant-form-item')?.classList.contains('ant-form-item-hidden')).toBe(false)
    fireEvent.change(reason, { target: { value: '出生时有心跳，转新生儿科抢救' } })
    confirm(dialog)

    expect(await screen.findByText('已登记分娩，活产婴儿已加入户籍')).toBeTruthy()
    const body = await writes[1].json()
    expect(body.reason).toBe('出生时有心跳，转新生儿科抢救')
    expect(body.babies).toEqual([{ sex: 'MALE', alive: true, name: '马小宝' }])
  }, 40_000)

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
