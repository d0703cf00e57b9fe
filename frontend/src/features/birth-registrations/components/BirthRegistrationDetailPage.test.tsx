import { describe, expect, it } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/react'
import { Route, Routes } from 'react-router'
import type { BirthRegistrationDetail, Role } from '../../../api/types'
import { json, renderApp, signInAs, stubFetch } from '../../../test/render'
import { path } from '../../../test/register-fixtures'
import { birthDetail } from './birth-fixtures'
import { BirthRegistrationDetailPage } from './BirthRegistrationDetailPage'

/** The page of application 1005 as the server shows it to a user of these roles; answers `after` to a step. */
function renderDetail(roles: Role[], before: BirthRegistrationDetail, after: BirthRegistrationDetail = before) {
  signInAs(roles)
  const writes: Request[] = []
  stubFetch((request) => {
    if (request.method === 'GET') return json(writes.length ? after : before)
    writes.push(request)
    return json(after)
  })
  renderApp(
    <Routes><Route path="/birth-registrations/:id" element={<BirthRegistrationDetailPage />} /></Routes>,
    '/birth-registrations/1005',
  )
  return writes
}

describe('BirthRegistrationDetailPage', () => {
  it('registers a submitted registration for the town officer, with the version in If-Match, and shows the number', async () => {
    const registered = birthDetail({
      status: 'REGISTERED', number: '2018-640502101-0007', decidedOn: '2018-02-22', deadline: undefined, version: 4, actions: [],
      steps: [...birthDetail().steps, { action: 'REGISTER', fromStatus: 'SUBMITTED', toStatus: 'REGISTERED', actor: 'town', occurredAt: '2018-02-22T15:40:00+08:00' }],
    })
    const writes = renderDetail(['TOWN_OFFICER'], birthDetail({ actions: ['REGISTER', 'RETURN'] }), registered)
    fireEvent.click(await screen.findByRole('button', { name: '登 记' }))
    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByText('登记后将按年度和乡镇编号发证，确认登记？')).toBeTruthy()
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定/ }))

    expect(await screen.findByText('2018-640502101-0007')).toBeTruthy()
    expect(writes).toHaveLength(1)
    expect(path(writes[0])).toBe('/api/birth-registrations/1005/register')
    expect(writes[0].headers.get('If-Match')).toBe('"3"')
    expect(await writes[0].json()).toEqual({})
    expect(screen.queryByRole('button', { name: '登 记' })).toBeNull()
    expect(screen.getByRole('button', { name: /打印证件/ })).toBeTruthy()
    const timeline = screen.getByText('办理记录').closest<HTMLElement>('.ant-card')!
    expect(within(timeline).getByText('登记 → 已登记')).toBeTruthy()
  })

  it('says when the due date counts Monday to Friday only, the holidays of its year not entered yet', async () => {
    renderDetail(['TOWN_OFFICER'], birthDetail({ dueOn: '2031-03-10', dueOnWeekdaysOnly: true }))
    expect(await screen.findByText('按周一至周五计算')).toBeTruthy()
  })

  it('returns a registration only with a reason', async () => {
    const writes = renderDetail(['TOWN_OFFICER'], birthDetail({ actions: ['REGISTER', 'RETURN'] }),
      birthDetail({ status: 'RETURNED', decisionReason: '结婚证复印件不清晰', decidedOn: '2018-02-13', deadline: undefined }))
    fireEvent.click(await screen.findByRole('button', { name: '退 回' }))
    const dialog = await screen.findByRole('dialog')
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定/ }))
    expect(await within(dialog).findByText(/请输入退回原因/)).toBeTruthy()
    expect(writes).toHaveLength(0)

    fireEvent.change(within(dialog).getByLabelText('退回原因'), { target: { value: ' 结婚证复印件不清晰 ' } })
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定/ }))
    await expect.poll(() => writes.length).toBe(1)
    expect(path(writes[0])).toBe('/api/birth-registrations/1005/return')
    expect(await writes[0].json()).toEqual({ reason: '结婚证复印件不清晰' })
    expect(await screen.findByText('结婚证复印件不清晰')).toBeTruthy()
    const header = screen.getByText(/生育登记详情/).closest<HTMLElement>('.ant-card')!
    expect(within(header).getByText('已退回').closest('.ant-tag')).toBeTruthy()
  })

  it('offers the village worker the village review of an approval and sends the opinion', async () => {
    const approval = birthDetail({ kind: 'APPROVAL', childOrder: 3, childrenInRegister: 2, actions: ['VILLAGE_REVIEW'] })
    const writes = renderDetail(['VILLAGE_WORKER'], approval, { ...approval, status: 'VILLAGE_REVIEWED', actions: [], version: 4 })
    fireEvent.click(await screen.findByRole('button', { name: '村级审核' }))
    const dialog = await screen.findByRole('dialog')
    fireEvent.change(within(dialog).getByLabelText('村级意见'), { target: { value: '情况属实，同意上报' } })
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定/ }))
    await expect.poll(() => writes.length).toBe(1)
    expect(path(writes[0])).toBe('/api/birth-registrations/1005/village-review')
    expect(await writes[0].json()).toEqual({ opinion: '情况属实，同意上报' })
  })

  it('shows an auditor the application, the couple with masked ID numbers and the timeline, without steps', async () => {
    renderDetail(['AUDITOR'], birthDetail({ childOrder: 3, kind: 'APPROVAL', childrenInRegister: 0 }))
    expect(await screen.findByText('640502********1226')).toBeTruthy()
    expect(screen.getByText('孩次与户籍登记在册子女数不一致，请核实')).toBeTruthy()
    const header = screen.getByText(/生育登记详情/).closest<HTMLElement>('.ant-card')!
    expect(within(header).queryAllByRole('button')).toHaveLength(0)
    const timeline = screen.getByText('办理记录').closest<HTMLElement>('.ant-card')!
    expect(within(timeline).getByText('提交申请 → 待审核')).toBeTruthy()
    expect(within(timeline).getByText('village')).toBeTruthy()
  })

  it('shows the reviewer why the child order differs from the register', async () => {
    renderDetail(['TOWN_OFFICER'], birthDetail({ childOrder: 3, kind: 'APPROVAL', childrenInRegister: 0, childOrderReason: '前两孩随前夫户籍在外省' }))
    expect(await screen.findByText('孩次说明：前两孩随前夫户籍在外省')).toBeTruthy() // under the warning
    const item = screen.getByText('孩次说明', { selector: 'th *, th' }).closest('tr')!
    expect(within(item).getByText('前两孩随前夫户籍在外省')).toBeTruthy()
  })
})
