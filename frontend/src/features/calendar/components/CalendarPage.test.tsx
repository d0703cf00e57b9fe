import { describe, expect, it } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/react'
import { todayIso } from '../../../lib/format'
import { json, renderApp, signInAs, stubFetch } from '../../../test/render'
import { path } from '../../../test/register-fixtures'
import { CalendarPage } from './CalendarPage'

const YEAR = Number(todayIso().slice(0, 4)) // the page's year: today in China

function stubCalendar() {
  const writes: Request[] = []
  const years: string[] = []
  stubFetch((request) => {
    if (request.method === 'GET' && path(request) === '/api/calendar-days') {
      const year = new URL(request.url).searchParams.get('year') ?? ''
      years.push(year)
      return json(year === String(YEAR)
        ? { year: YEAR, arranged: true, days: [
          { day: `${YEAR}-01-01`, working: false, note: '元旦' },
          { day: `${YEAR}-02-14`, working: true, note: '春节调休上班' },
        ] }
        : { year: Number(year), arranged: false, days: [] })
    }
    writes.push(request)
    return request.method === 'PUT' ? json({ day: `${YEAR}-01-01`, working: false, note: '元旦假期' }) : new Response(null, { status: 204 })
  })
  return { writes, years }
}

const dialogTitled = async (title: string) => (await screen.findByText(title)).closest<HTMLElement>('.ant-modal')!
const confirm = (dialog: HTMLElement) => fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定/ }))

describe('CalendarPage', () => {
  it('shows the year\'s holidays and make-up working days, and another year on request', async () => {
    signInAs(['TOWN_OFFICER'])
    const { years } = stubCalendar()
    renderApp(<CalendarPage />)
    expect(await screen.findByText('元旦')).toBeTruthy()
    expect(screen.getByText('春节调休上班')).toBeTruthy()
    expect(screen.getByText('调休上班', { selector: '.ant-tag' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: /添加调整日期/ })).toBeNull() // only the administrator changes it
    fireEvent.change(screen.getByLabelText('年份'), { target: { value: String(YEAR + 1) } })
    expect(await screen.findByText(`${YEAR + 1} 年尚未录入节假日安排`)).toBeTruthy()
    expect(years).toContain(String(YEAR + 1))
  })

  it('warns that a year without its holiday arrangement counts deadlines Monday to Friday', async () => {
    signInAs(['ADMIN'])
    stubCalendar()
    renderApp(<CalendarPage />)
    await screen.findByText('元旦')
    expect(screen.queryByRole('alert')).toBeNull()
    fireEvent.change(screen.getByLabelText('年份'), { target: { value: String(YEAR + 1) } })
    expect((await screen.findByRole('alert')).textContent).toBe(`${YEAR + 1} 年的节假日安排尚未录入，期限按周一至周五计算`)
  })

  it('lets the administrator change a day with the notice as its basis, and reset one', async () => {
    signInAs(['ADMIN'])
    const { writes } = stubCalendar()
    renderApp(<CalendarPage />)
    await screen.findByText('元旦')
    fireEvent.click(screen.getAllByRole('button', { name: /修\s*改/ })[0])
    let dialog = await dialogTitled(`修改：${YEAR}-01-01`)
    fireEvent.change(within(dialog).getByLabelText('说明'), { target: { value: '元旦假期' } })
    fireEvent.change(within(dialog).getByLabelText('依据'), { target: { value: '国办发明电〔2026〕1号' } })
    confirm(dialog)
    expect(await screen.findByText('已保存')).toBeTruthy()
    expect(writes[0].method).toBe('PUT')
    expect(path(writes[0])).toBe(`/api/calendar-days/${YEAR}-01-01`)
    expect(await writes[0].json()).toEqual({ working: false, note: '元旦假期', reason: '国办发明电〔2026〕1号' })

    // a new day that is listed already is refused: it is changed from its row
    fireEvent.click(screen.getByRole('button', { name: /添加调整日期/ }))
    dialog = await screen.findByRole('dialog', { name: '添加调整日期' })
    fireEvent.change(within(dialog).getByLabelText('依据'), { target: { value: '通知' } })
    confirm(dialog)
    expect(await within(dialog).findByText('该日期已列出，请在列表中修改')).toBeTruthy()
    expect(writes).toHaveLength(1)
    fireEvent.click(within(dialog).getByRole('button', { name: /取\s*消/ }))

    fireEvent.click(screen.getAllByRole('button', { name: /恢\s*复/ })[1])
    dialog = await dialogTitled(`恢复：${YEAR}-02-14`)
    fireEvent.change(within(dialog).getByLabelText('依据'), { target: { value: '录入错误' } })
    confirm(dialog)
    expect(await screen.findByText('已恢复为正常工作日安排')).toBeTruthy()
    expect(path(writes[1])).toBe(`/api/calendar-days/${YEAR}-02-14/reset`)
    expect(await writes[1].json()).toEqual({ reason: '录入错误' })
  })
})
