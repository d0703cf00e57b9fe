// One small SVG chart of values per month (or any short run of periods): bars or lines, one or more series, an
// optional target line. Accessible: the SVG has a <title> and a <desc> with every value, and a visually hidden table
// holds the same numbers for screen readers and copying.
import { useId, type CSSProperties } from 'react'
import { useT } from '../../lib/i18n'

export interface MonthChartSeries {
  label: string
  /** One value per month label; null where there is none (e.g. months still to come), a gap in a line. */
  values: readonly (number | null)[]
  color?: string
}

export interface MonthChartTarget {
  label: string
  value: number
}

export interface MonthChartProps {
  /** What the chart shows: the SVG's <title> and the fallback table's caption. */
  title: string
  /** The labels along the horizontal axis (e.g. 1月 … 12月). */
  months: readonly string[]
  series: readonly MonthChartSeries[]
  mode?: 'bar' | 'line'
  /** A horizontal line the values are measured against (e.g. the annual target). */
  target?: MonthChartTarget
  /** Drawing height in px; the width follows the container. */
  height?: number
  formatValue?: (value: number) => string
  /** The header of the table's first column (default 月份 / Month). */
  monthHeader?: string
}

export const CHART_COLORS = ['#1677ff', '#52c41a', '#fa8c16', '#722ed1', '#eb2f96'] as const
const TARGET_COLOR = '#cf1322'

const WIDTH = 640
const PAD = { top: 16, right: 16, bottom: 28, left: 48 }

const visuallyHidden: CSSProperties = {
  position: 'absolute', width: 1, height: 1, padding: 0, margin: -1, overflow: 'hidden',
  clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0,
}

/** A round scale for values up to {@code max}: steps of 1, 2 or 5 × 10ⁿ (at least 1), at most 6 of them. */
export function niceScale(max: number): { step: number; top: number } {
  if (!(max > 0)) return { step: 1, top: 1 }
  let power = 10 ** Math.floor(Math.log10(max / 6))
  for (;;) {
    for (const m of [1, 2, 5]) {
      const step = Math.max(m * power, 1)
      if (max / step <= 6) return { step, top: step * Math.ceil(max / step) }
    }
    power *= 10
  }
}

export function MonthChart({
  title, months, series, mode = 'bar', target, height = 240, formatValue = String, monthHeader,
}: MonthChartProps) {
  const t = useT()
  const id = useId()
  const titleId = `${id}-title`
  const descId = `${id}-desc`
  const values = series.flatMap((s) => s.values.filter((v): v is number => v != null))
  const { step, top } = niceScale(Math.max(0, ...values, target?.value ?? 0))
  const plotWidth = WIDTH - PAD.left - PAD.right
  const plotHeight = height - PAD.top - PAD.bottom
  const band = months.length ? plotWidth / months.length : plotWidth
  const x = (i: number) => PAD.left + band * i + band / 2
  const y = (v: number) => PAD.top + plotHeight - (v / top) * plotHeight
  const colorOf = (i: number) => series[i].color ?? CHART_COLORS[i % CHART_COLORS.length]
  const shown = (v: number | null) => (v == null ? '–' : formatValue(v))

  const description = [
    ...series.map((s) => `${s.label}: ${months.map((m, i) => `${m} ${shown(s.values[i] ?? null)}`).join(', ')}`),
    ...(target ? [`${target.label}: ${formatValue(target.value)}`] : []),
  ].join('; ')

  const groupWidth = band * 0.7
  const barWidth = series.length ? groupWidth / series.length : groupWidth

  return (
    <div style={{ position: 'relative' }}>
      <svg
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        style={{ display: 'block', maxHeight: height }}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{description}</desc>
        <g data-part="axis" fontSize={11} fill="#8c8c8c">
          {Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step).map((tick) => (
            <g key={tick}>
              <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} stroke="#f0f0f0" />
              <text x={PAD.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">{formatValue(tick)}</text>
            </g>
          ))}
          {months.map((m, i) => (
            <text key={m} x={x(i)} y={height - PAD.bottom + 16} textAnchor="middle">{m}</text>
          ))}
        </g>
        {mode === 'bar'
          ? series.map((s, si) => (
            <g key={s.label} data-series={s.label} fill={colorOf(si)}>
              {s.values.map((v, i) => (v == null ? null : (
                <rect
                  key={months[i] ?? i}
                  data-part="bar"
                  x={x(i) - groupWidth / 2 + barWidth * si}
                  y={y(v)}
                  width={Math.max(barWidth - 1, 1)}
                  height={Math.max(y(0) - y(v), 0)}
                >
                  <title>{`${s.label} ${months[i]}: ${formatValue(v)}`}</title>
                </rect>
              )))}
            </g>
          ))
          : series.map((s, si) => (
            <g key={s.label} data-series={s.label} stroke={colorOf(si)} fill={colorOf(si)}>
              <path data-part="line" d={linePath(s.values, x, y)} fill="none" strokeWidth={2} />
              {s.values.map((v, i) => (v == null ? null : (
                <circle key={months[i] ?? i} data-part="point" cx={x(i)} cy={y(v)} r={3}>
                  <title>{`${s.label} ${months[i]}: ${formatValue(v)}`}</title>
                </circle>
              )))}
            </g>
          ))}
        {target && (
          <g data-part="target" stroke={TARGET_COLOR} fill={TARGET_COLOR} fontSize={11}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(target.value)} y2={y(target.value)} strokeDasharray="6 4" strokeWidth={1.5} />
            <text x={WIDTH - PAD.right} y={y(target.value) - 4} textAnchor="end" stroke="none">
              {`${target.label} ${formatValue(target.value)}`}
            </text>
          </g>
        )}
      </svg>
      <div aria-hidden="true" style={{ display: 'flex', flexWrap: 'wrap', gap: 16, justifyContent: 'center', fontSize: 12 }}>
        {series.map((s, si) => (
          <span key={s.label} style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
            <span style={{ width: 10, height: 10, background: colorOf(si), display: 'inline-block' }} />
            {s.label}
          </span>
        ))}
        {target && (
          <span style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
            <span style={{ width: 14, borderTop: `2px dashed ${TARGET_COLOR}`, display: 'inline-block' }} />
            {target.label}
          </span>
        )}
      </div>
      <table style={visuallyHidden}>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{monthHeader ?? t('chart.month')}</th>
            {series.map((s) => <th key={s.label} scope="col">{s.label}</th>)}
            {target && <th scope="col">{target.label}</th>}
          </tr>
        </thead>
        <tbody>
          {months.map((m, i) => (
            <tr key={m}>
              <th scope="row">{m}</th>
              {series.map((s) => <td key={s.label}>{shown(s.values[i] ?? null)}</td>)}
              {target && <td>{formatValue(target.value)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** "M x y L x y …", a new "M" after every gap. */
function linePath(values: readonly (number | null)[], x: (i: number) => number, y: (v: number) => number): string {
  let path = ''
  let drawing = false
  values.forEach((v, i) => {
    if (v == null) {
      drawing = false
      return
    }
    path += `${drawing ? 'L' : 'M'}${x(i).toFixed(1)} ${y(v).toFixed(1)} `
    drawing = true
  })
  return path.trim()
}
