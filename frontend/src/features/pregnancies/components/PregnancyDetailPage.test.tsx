import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { Route, Routes } from 'react-router'
import type { PregnancyDetail } from '../../../api/types'
import { json, renderApp, signInAs, stubFetch } from '../../../test/render'
import { pregnancyDetail, schedule, visitView } from '../../../test/pregnancy-fixtures'
import { path, TOWN_TREE } from '../../../test/register-fixtures'
import { PregnancyDetailPage } from './PregnancyDetailPage'

const VISITS = [
  visitView({ id: 2052, kind: 'PREGNANCY_CHECK', date: '2018-07-20', version: 2, findings: { weightKg: 58, systolic: 112, diastolic: 70 } }),
  visitView(),
]

/** Answers the page's reads; a write goes to `write` (the detail it answers becomes the one read). */
function stubPregnancy(write?: (request: Request) => PregnancyDetail | Response) {
  let detail = pregnancyDetail()
  const writes: Request[] = []
  const schedules: URL[] = []
  stubFetch((request) => {
    const url = new URL(request.url)
    if (request.method === 'POST') {
      writes.push(request)
      const answer = write?.(request) ?? detail
      if (answer instanceof Response) return answer
      detail = answer
      return json(answer)
    }
    if (url.pathname === '/api/org-units/tree') return json(TOWN_TREE)
    if (url.pathname === '/api/risk-factors') return json([])
    if (url.pathname === '/api/pregnancies/1001/schedule') {
      schedules.push(url)
      return json(schedule({ asOf: url.searchParams.get('asOf') ?? '2018-09-17' }))
    }
    if (url.pathname === '/api/visits') return json({ items: VISITS, page: 0, size: 10, total: 2 })
    return json(detail)
  })
  return { writes, schedules }
}

function renderDetail() {
  renderApp(<Routes><Route path="/pregnancies/:id" element={<PregnancyDetailPage />} /></Routes>, '/pregnancies/1001')
}

describe('PregnancyDetailPage', () => {
  it('shows the woman, her risks and the schedule as a timeline of coloured slots per kind, on another day on request', async () => {
    signInAs(['VILLAGE_WORKER'])
    const { schedules } = stubPregnancy()
    renderDetail()
    expect((await screen.findByText('马秀英')).getAttribute('href')).toBe('/persons/1203')
    expect(screen.getByText('查看所属户').getAttribute('href')).toBe('/households/1001')
    expect(screen.getByText('妊娠期高血压')).toBeTruthy()
    expect(screen.getByText('23周+4天')).toBeTruthy()

    // Each kind a list named by it, each slot an item named by its number and status (as a screen reader reads them).
    const homeVisits = await screen.findByLabelText('上门随访')
    expect(homeVisits.tagName).toBe('UL')
    expect(homeVisits.querySelectorAll('li')).toHaveLength(4)
    const overdue = within(homeVisits).getByLabelText('第3次上门随访：已逾期')
    expect(overdue.dataset.status).toBe('OVERDUE')
    expect(overdue.style.background).toBe('rgb(245, 34, 45)')
    expect(within(homeVisits).getByLabelText('第1次上门随访：已完成').style.background).toBe('rgb(82, 196, 26)')
    expect(within(screen.getByLabelText('孕期检查')).getByLabelText('第2次孕期检查：待随访')).toBeTruthy()
    expect(screen.getByLabelText('B超').querySelectorAll('li')).toHaveLength(1)
    fireEvent.mouseEnter(overdue)
    expect(await screen.findByText('时段：2018-08-20 至 2018-09-19')).toBeTruthy()
    expect(screen.getByText('应随访日期：2018-09-08')).toBeTruthy()

    const asOf = screen.getByLabelText('查看日期')
    fireEvent.mouseDown(asOf)
    fireEvent.change(asOf, { target: { value: '2018-08-01' } })
    fireEvent.keyDown(asOf, { key: 'Enter', code: 'Enter', keyCode: 13 })
    await waitFor(() => expect(schedules[schedules.length - 1].searchParams.get('asOf')).toBe('2018-08-01'))
  })

  it('lists the visits with where each went, and voids one with the visit\'s version in If-Match', async () => {
    signInAs(['VILLAGE_WORKER'])
    const { writes } = stubPregnancy(() => json(visitView({ id: 2052, voided: true, voidReason: '录入错误', version: 3 })))
    renderDetail()
    const row = (await screen.findByText('2018-07-20')).closest('tr')!
    expect(within(row).getByText('计入随访')).toBeTruthy()
    expect(await within(row).findByText('第1次孕期检查')).toBeTruthy()
    fireEvent.click(within(row).getByRole('button', { name: /作\s*废/ }))
    const dialog = (await screen.findByText('作废随访记录：2018-07-20 孕期检查')).closest<HTMLElement>('.ant-modal')!
    fireEvent.change(within(dialog).getByLabelText('作废原因'), { target: { value: '录入错误' } })
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定/ }))

    expect(await screen.findByText('已作废，该次随访重新待随访')).toBeTruthy()
    expect(path(writes[0])).toBe('/api/visits/2052/void')
    expect(writes[0].headers.get('If-Match')).toBe('"2"')
    expect(await writes[0].json()).toEqual({ reason: '录入错误' })
  })

  it('records a delivery and links the baby who joined the register', async () => {
    signInAs(['VILLAGE_WORKER'])
    const delivered = pregnancyDetail({ status: 'DELIVERED', outcomeDate: '2018-09-17', version: 4 })
    delivered.outcomeType = 'BIRTH'
    delivered.babies = [{ seq: 1, sex: 'FEMALE', weightGrams: 3250, alive: true, personId: 3051 }]
    const { writes } = stubPregnancy(() => delivered)
    renderDetail()
    fireEvent.click(await screen.findByText('分娩登记'))
    const dialog = (await screen.findByText('分娩登记：马秀英')).closest<HTMLElement>('.ant-modal')!
    fireEvent.click(within(dialog).getByRole('radio', { name: '女' }))
    fireEvent.change(within(dialog).getByLabelText('出生体重（克）'), { target: { value: '3250' } })
    fireEvent.change(within(dialog).getByLabelText('姓名（入户登记）'), { target: { value: '马小花' } })
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定/ }))

    const child = await screen.findByText('马小花')
    expect(child.getAttribute('href')).toBe('/persons/3051')
    expect(path(writes[0])).toBe('/api/pregnancies/1001/delivery')
    expect(writes[0].headers.get('If-Match')).toBe('"3"')
    const body = await writes[0].json()
    expect(body.babies).toEqual([{ sex: 'FEMALE', weightGrams: 3250, alive: true, name: '马小花' }])
    expect(body.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(await screen.findByText('已分娩')).toBeTruthy()
    expect(screen.getByText('婴儿 1 女 3250 g').getAttribute('href')).toBe('/persons/3051')
    expect(screen.queryByText('分娩登记')).toBeNull()
  }, 40_000) // the page, a dialog with a list of babies, and the page again: slow in jsdom on a busy machine

  it('offers a reader no operation', async () => {
    signInAs(['AUDITOR'])
    stubPregnancy()
    renderDetail()
    await screen.findByText('2018-07-20')
    for (const name of ['记录随访', '更正登记', '分娩登记', '终止妊娠', '转 出', '作 废']) expect(screen.queryByText(name)).toBeNull()
  })
})
