import { describe, expect, it } from 'vitest'
import { screen } from '@testing-library/react'
import type { TargetProgress } from '../../../api/types'
import { json, renderApp, signInAs, stubFetch } from '../../../test/render'
import { path, TOWN_TREE } from '../../../test/register-fixtures'
import { TargetsPage } from './TargetsPage'

const YEAR = new Date().getFullYear()
const MONTH = new Date().getMonth() + 1

function progress(): TargetProgress {
  let cumulative = 0
  return {
    kind: 'PREPREGNANCY_CHECK',
    year: YEAR,
    orgUnit: { orgUnitId: 4, name: '文昌镇', level: 'TOWN', targetId: 2, targetVersion: 0, target: 470, done: 120, rate: 0.2553 },
    children: [
      { orgUnitId: 5, name: '黑林村', level: 'VILLAGE', targetId: 51, targetVersion: 0, target: 70, done: 20, rate: 0.2857 },
      { orgUnitId: 6, name: '东台村', level: 'VILLAGE', done: 9 },
    ],
    months: Array.from({ length: 12 }, (_, i) => {
      const done = i < MONTH ? 10 : 0
      cumulative += done
      return { month: i + 1, done, cumulative }
    }),
  }
}

describe('TargetsPage', () => {
  it('shows this year\'s progress of the caller\'s unit, month by month up to now, and its villages\' targets to set', async () => {
    signInAs(['TOWN_OFFICER'])
    const asked: URL[] = []
    stubFetch((request) => {
      if (path(request) === '/api/org-units/tree') return json(TOWN_TREE)
      asked.push(new URL(request.url))
      return json(progress())
    })
    renderApp(<TargetsPage />, '/targets')
    expect(await screen.findByText(`文昌镇 ${YEAR} 年完成情况`)).toBeTruthy()
    expect(asked[0].pathname).toBe('/api/targets/progress')
    expect(asked[0].searchParams.get('kind')).toBe('PREPREGNANCY_CHECK')
    expect(asked[0].searchParams.get('year')).toBe(String(YEAR))
    expect(screen.getByText('已完成 120 / 目标 470')).toBeTruthy()

    const chart = screen.getByRole('img', { name: `文昌镇 ${YEAR} 年完成情况 · 逐月累计完成` })
    expect(chart.querySelectorAll('[data-part="point"]')).toHaveLength(MONTH)
    expect(chart.querySelector('[data-part="target"]')?.textContent).toBe('年度目标 470')
    expect(screen.getByText('28.6%')).toBeTruthy()
    expect(screen.getByLabelText('东台村 目标数')).toBeTruthy()
  })
})
