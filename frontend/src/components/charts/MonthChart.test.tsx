import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import { renderApp } from '../../test/render'
import { MonthChart, niceScale } from './MonthChart'

const MONTHS = ['1月', '2月', '3月', '4月']

function description(img: HTMLElement): string {
  return document.getElementById(img.getAttribute('aria-describedby') ?? '')?.textContent ?? ''
}

describe('MonthChart', () => {
  it('draws a bar per month and series, skips the months without a value, and names every value for screen readers', () => {
    renderApp(
      <MonthChart
        title="文昌镇 2018 年逐月完成"
        months={MONTHS}
        series={[{ label: '累计完成', values: [1, 3, 6, null] }, { label: '当月新增', values: [1, 2, 3, null] }]}
      />,
    )
    const img = screen.getByRole('img', { name: '文昌镇 2018 年逐月完成' })
    expect(img.querySelectorAll('[data-part="bar"]')).toHaveLength(6)
    expect(img.querySelectorAll('[data-series="累计完成"] [data-part="bar"]')).toHaveLength(3)
    expect(description(img)).toContain('累计完成: 1月 1, 2月 3, 3月 6, 4月 –')
    expect(description(img)).toContain('当月新增: 1月 1, 2月 2, 3月 3, 4月 –')

    const table = screen.getByRole('table', { name: '文昌镇 2018 年逐月完成' })
    const rows = within(table).getAllByRole('row')
    expect(within(rows[0]).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['月份', '累计完成', '当月新增'])
    expect(rows.slice(1).map((row) => row.textContent)).toEqual(['1月11', '2月32', '3月63', '4月––'])
  })

  it('draws a line broken at a gap and a target line the scale reaches', () => {
    const { container } = renderApp(
      <MonthChart
        title="累计"
        mode="line"
        months={MONTHS}
        series={[{ label: '累计完成', values: [120, null, 300, 360] }]}
        target={{ label: '年度目标', value: 470 }}
      />,
    )
    const img = screen.getByRole('img', { name: '累计' })
    const path = img.querySelector('[data-part="line"]')?.getAttribute('d') ?? ''
    expect(path.match(/M/g)).toHaveLength(2)
    expect(img.querySelectorAll('[data-part="point"]')).toHaveLength(3)
    expect(img.querySelectorAll('[data-part="bar"]')).toHaveLength(0)

    const target = img.querySelector('[data-part="target"]')
    expect(target?.textContent).toBe('年度目标 470')
    const ticks = [...img.querySelectorAll('[data-part="axis"] text')].map((text) => text.textContent)
    expect(ticks.slice(0, 6)).toEqual(['0', '100', '200', '300', '400', '500'])
    expect(description(img)).toContain('年度目标: 470')
    expect(within(container).getByRole('table', { name: '累计' }).textContent).toContain('470')
  })

  it('formats values and keeps a scale of round steps', () => {
    renderApp(<MonthChart title="完成率" months={['1月']} series={[{ label: '完成率', values: [0.5] }]} formatValue={(v) => `${v * 100}%`} />)
    expect(screen.getByRole('table', { name: '完成率' }).textContent).toContain('50%')
    expect(niceScale(0)).toEqual({ step: 1, top: 1 })
    expect(niceScale(3)).toEqual({ step: 1, top: 3 })
    expect(niceScale(150)).toEqual({ step: 50, top: 150 })
    expect(niceScale(470)).toEqual({ step: 100, top: 500 })
    expect(niceScale(12_345)).toEqual({ step: 5000, top: 15_000 })
  })
})
