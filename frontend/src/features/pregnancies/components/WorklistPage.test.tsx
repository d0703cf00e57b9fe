import { describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { todayIso } from '../../../lib/format'
import { json, renderApp, signInAs, stubFetch } from '../../../test/render'
import { schedule, visitView, worklistRow } from '../../../test/pregnancy-fixtures'
import { path, TOWN_TREE } from '../../../test/register-fixtures'
import { WorklistPage } from './WorklistPage'

const ROWS = [
  worklistRow(),
  worklistRow({ pregnancyId: 1002, womanName: '李梅', kind: 'PREGNANCY_CHECK', seq: 1, status: 'DUE', daysOverdue: 0, highRisk: false }),
]

function stubWorklist(rows = ROWS, extra?: (request: Request) => Response | undefined) {
  const reads: URL[] = []
  const fetch = stubFetch((request) => {
    const url = new URL(request.url)
    if (url.pathname === '/api/org-units/tree') return json(TOWN_TREE)
    if (url.pathname === '/api/risk-factors') return json([{ code: 'HYPERTENSION', name: '妊娠期高血压', level: 'HIGH' }])
    if (url.pathname === '/api/worklist') {
      reads.push(url)
      return json({ items: rows, page: 0, size: Number(url.searchParams.get('size')), total: rows.length })
    }
    return extra?.(request) ?? json({}, 404)
  })
  return { reads, fetch }
}

describe('WorklistPage', () => {
  it('lists the open follow-ups with coloured statuses, high risk, days overdue and masked identifiers', async () => {
    signInAs(['VILLAGE_WORKER'])
    const { reads } = stubWorklist()
    renderApp(<WorklistPage />, '/worklist')
    const row = (await screen.findByRole('link', { name: '马秀英' })).closest('tr')!
    expect(screen.getByRole('link', { name: '马秀英' }).getAttribute('href')).toBe('/pregnancies/1001')
    expect(within(row).getByText('已逾期').className).toMatch(/red/)
    expect(within(row).getByText('高危')).toBeTruthy()
    expect(within(row).getByText('第3次上门随访')).toBeTruthy()
    expect(within(row).getByText('9')).toBeTruthy()
    expect(within(row).getByText('640502********1226')).toBeTruthy()
    expect(within(row).getByText('139****1234')).toBeTruthy()
    expect(within(row).getByText('李娟')).toBeTruthy()
    const due = screen.getByRole('link', { name: '李梅' }).closest('tr')!
    expect(within(due).getByText('待随访').className).toMatch(/orange/)
    expect(within(due).queryByText('高危')).toBeNull()
    expect(reads[0].searchParams.has('upcomingDays')).toBe(false)

    fireEvent.click(screen.getByRole('switch'))
    await waitFor(() => expect(reads[reads.length - 1].searchParams.get('upcomingDays')).toBe('7'))
  })

  it('records a visit of the row\'s kind and says which follow-up it completed', async () => {
    signInAs(['VILLAGE_WORKER'])
    const posts: Request[] = []
    stubWorklist(ROWS, (request) => {
      if (request.method === 'POST' && path(request) === '/api/visits') {
        posts.push(request)
        return json(visitView({ id: 3001, date: todayIso(), placement: 'FILLS' }), 201)
      }
      if (path(request) === '/api/pregnancies/1001/schedule') {
        return json(schedule({ visits: [{ visitId: 3001, placement: 'FILLS', slotSeq: 2 }] }))
      }
      return undefined
    })
    renderApp(<WorklistPage />, '/worklist')
    const row = (await screen.findByRole('link', { name: '马秀英' })).closest('tr')!
    fireEvent.click(within(row).getByRole('button', { name: /记录随访/ }))
    const drawer = await screen.findByRole('dialog')
    expect(within(drawer).getByText('记录随访：马秀英')).toBeTruthy()
    expect(within(drawer).getByText('上门随访')).toBeTruthy()
    fireEvent.change(within(drawer).getByLabelText('孕妇情况'), { target: { value: '精神好，血压正常' } })
    fireEvent.click(within(drawer).getByRole('button', { name: /保\s*存/ }))

    expect(await screen.findByText('已完成第3次上门随访')).toBeTruthy()
    expect(posts).toHaveLength(1)
    expect(await posts[0].json()).toEqual({
      pregnancyId: 1001, kind: 'HOME_VISIT', date: todayIso(), findings: { condition: '精神好，血压正常' },
    })
  })

  it('prints every open follow-up as a plain table with a title and the date', async () => {
    signInAs(['TOWN_OFFICER'])
    const print = vi.fn()
    vi.stubGlobal('print', print)
    const { reads } = stubWorklist()
    renderApp(<WorklistPage />, '/worklist')
    await screen.findByRole('link', { name: '马秀英' })
    expect(screen.getAllByRole('button', { name: /记录随访/ })).toHaveLength(2)
    fireEvent.click(screen.getByRole('button', { name: /打\s*印/ }))

    expect(await screen.findByText(`打印日期：${todayIso()}`)).toBeTruthy()
    expect(reads[reads.length - 1].searchParams.get('size')).toBe('200')
    const sheet = document.querySelector<HTMLElement>('.worklist-print')!
    expect(within(sheet).getByRole('heading', { name: '我的工作清单' })).toBeTruthy()
    expect(within(sheet).getByText('马秀英（高危）')).toBeTruthy()
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1))
  })

  it('offers a reader no visit to record', async () => {
    signInAs(['AUDITOR'])
    stubWorklist()
    renderApp(<WorklistPage />, '/worklist')
    await screen.findByRole('link', { name: '马秀英' })
    expect(screen.queryByRole('button', { name: /记录随访/ })).toBeNull()
  })
})
