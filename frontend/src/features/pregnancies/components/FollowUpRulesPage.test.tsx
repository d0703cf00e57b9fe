import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import type { FollowUpRule, JobView } from '../../../api/types'
import { addDays } from '../../../lib/gestation'
import { todayIso } from '../../../lib/format'
import { json, renderApp, signInAs, stubFetch } from '../../../test/render'
import { path } from '../../../test/register-fixtures'
import { FollowUpRulesPage } from './FollowUpRulesPage'

const rule = (patch: Partial<FollowUpRule>): FollowUpRule => ({
  id: 1, kind: 'HOME_VISIT', intervalMonths: 1, windowDays: 20, graceDays: 5, effectiveFrom: '2000-01-01',
  reason: '2018 年工作计划：每月随访一次', createdBy: 'system', ...patch,
})

const RULES = [
  rule({ id: 1051, intervalMonths: 1, windowDays: 15, graceDays: 3, effectiveFrom: addDays(todayIso(), 30)!, reason: '加密随访', createdBy: 'admin' }),
  rule({ id: 1 }),
  rule({ id: 2, kind: 'PREGNANCY_CHECK', intervalMonths: 2, windowDays: 40, graceDays: 7, reason: '每两个月孕检一次' }),
  rule({ id: 3, kind: 'ULTRASOUND', intervalMonths: 6, windowDays: 90, graceDays: 14, reason: '每半年B超一次' }),
]

const job = (patch: Partial<JobView>): JobView => ({
  id: 61, kind: 'FOLLOW_UP_REPLAN', status: 'RUNNING', total: 40, done: 10, errorCount: 0,
  createdBy: 'admin', createdAt: '2018-07-01T09:00:00+08:00', ...patch,
})

describe('FollowUpRulesPage', () => {
  it('shows every version of each kind with its state, and no change to a reader', async () => {
    signInAs(['VILLAGE_WORKER'])
    stubFetch(() => json(RULES))
    renderApp(<FollowUpRulesPage />, '/follow-up-rules')
    const scheduled = (await screen.findByText('加密随访')).closest('tr')!
    expect(within(scheduled).getByText('待生效')).toBeTruthy()
    expect(within(screen.getByText('2018 年工作计划：每月随访一次').closest('tr')!).getByText('现行')).toBeTruthy()
    expect(within(screen.getByText('每半年B超一次').closest('tr')!).getByText('现行')).toBeTruthy()
    expect(screen.getByText('只有系统管理员可以变更随访规则')).toBeTruthy()
    expect(screen.queryByRole('button', { name: /新增规则版本/ })).toBeNull()
  })

  it('lets an administrator add a version and follows the re-planning job', async () => {
    signInAs(['ADMIN'])
    const posts: Request[] = []
    stubFetch((request) => {
      if (path(request) === '/api/jobs/61') return json(job({}))
      if (request.method === 'POST') {
        posts.push(request)
        return json({ rule: rule({ id: 1101, kind: 'ULTRASOUND', intervalMonths: 3 }), jobId: 61 }, 202)
      }
      return json(RULES)
    })
    renderApp(<FollowUpRulesPage />, '/follow-up-rules')
    const ultrasound = (await screen.findByText('随访规则：B超')).closest<HTMLElement>('.ant-card')!
    fireEvent.click(within(ultrasound).getByRole('button', { name: /新增规则版本/ }))
    const dialog = (await screen.findByText('新增规则版本：B超')).closest<HTMLElement>('.ant-modal')!
    expect((within(dialog).getByLabelText('宽限期（天）') as HTMLInputElement).value).toBe('14')
    fireEvent.change(within(dialog).getByLabelText('间隔（月）'), { target: { value: '3' } })
    fireEvent.change(within(dialog).getByLabelText('变更原因'), { target: { value: '高危孕妇增加B超' } })
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定/ }))

    const bar = await screen.findByRole('progressbar')
    expect(bar.getAttribute('aria-valuenow')).toBe('25')
    expect(screen.getByText('重新安排随访')).toBeTruthy()
    await waitFor(() => expect(posts).toHaveLength(1))
    expect(await posts[0].json()).toEqual({
      kind: 'ULTRASOUND', intervalMonths: 3, windowDays: 90, graceDays: 14, effectiveFrom: todayIso(), reason: '高危孕妇增加B超',
    })
  })
})
