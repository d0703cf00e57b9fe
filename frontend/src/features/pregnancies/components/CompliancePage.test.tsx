import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import dayjs from 'dayjs'
import { todayIso } from '../../../lib/format'
import { json, renderApp, signInAs, stubFetch } from '../../../test/render'
import { complianceReport } from '../../../test/pregnancy-fixtures'
import { CompliancePage } from './CompliancePage'

/** The caller's own unit (signed in at "文昌镇" by the test helper) has one town below it, 宣和镇 (4), with two villages. */
function stubCompliance() {
  const reads: URL[] = []
  stubFetch((request) => {
    const url = new URL(request.url)
    reads.push(url)
    const town = complianceReport({ unit: { ...complianceReport().unit, name: '宣和镇' } })
    return json(url.searchParams.get('orgUnitId') === '4' ? town : complianceReport({
      unit: { orgUnitId: 3, name: '沙坡头区', level: 'DISTRICT', counts: town.total },
      children: [town.unit],
    }))
  })
  return reads
}

describe('CompliancePage', () => {
  it('shows last month per child unit and kind with the rates, drills down and back up, and charts the trend', async () => {
    signInAs(['DISTRICT_OFFICER'])
    const reads = stubCompliance()
    renderApp(<CompliancePage />, '/follow-up-compliance')
    fireEvent.click(await screen.findByRole('button', { name: '宣和镇' }))
    expect(reads[0].pathname).toBe('/api/follow-up-compliance')
    expect(reads[0].searchParams.get('period')).toBe(dayjs(todayIso()).subtract(1, 'month').format('YYYY-MM'))
    expect(reads[0].searchParams.has('orgUnitId')).toBe(false)

    const village = (await screen.findByText('东台村')).closest('tr')!
    expect(reads[reads.length - 1].searchParams.get('orgUnitId')).toBe('4')
    expect([...village.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual([
      '东台村', '20', '16', '4', '80%', '10', '8', '2', '80%', '0', '0', '0', '—',
    ])
    expect(within(village).queryByRole('button')).toBeNull() // a village has no units below
    expect(within(screen.getByText('合计').closest('tr')!).getAllByText('90%')).toHaveLength(2)

    const chart = screen.getByRole('img', { name: '近 12 个月完成率' })
    const values = chart.querySelector('desc')!.textContent
    expect(values).toContain('上门随访: 2017-08 –')
    expect(values).toContain('2018-07 90%')
    expect(values).toContain('B超: 2017-08 –')

    fireEvent.click(within(screen.getByRole('navigation')).getByText('文昌镇'))
    await waitFor(() => expect(reads[reads.length - 1].searchParams.has('orgUnitId')).toBe(false))
    expect(await screen.findByRole('button', { name: '宣和镇' })).toBeTruthy()
  })
})
