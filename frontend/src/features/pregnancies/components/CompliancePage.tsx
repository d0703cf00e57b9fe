import { useState } from 'react'
import { Breadcrumb, Button, Card, DatePicker, Flex, Table, Typography } from 'antd'
import type { TableColumnsType } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import type { ComplianceCount, ComplianceMonth, ComplianceUnit, FollowUpKind } from '../../../api/types'
import { MonthChart } from '../../../components/charts/MonthChart'
import { useCurrentUser } from '../../../lib/auth'
import { formatPercent, todayIso } from '../../../lib/format'
import { useT, type Translate } from '../../../lib/i18n'
import { FOLLOW_UP_KINDS } from '../../../lib/pregnancy'
import { codeLabel } from '../../../lib/register'
import { useCompliance } from '../api/get-compliance'

const MONTH = 'YYYY-MM'

/** The month before this one: the last whose slots have all closed. */
function lastMonth(): string {
  return dayjs(todayIso()).subtract(1, 'month').format(MONTH)
}

function countOf(counts: readonly ComplianceCount[], kind: FollowUpKind): ComplianceCount | undefined {
  return counts.find((count) => count.kind === kind)
}

const rateText = (count?: ComplianceCount) => (count?.rate == null ? '—' : formatPercent(count.rate))

/** closed / done / missed / rate of one kind: a column group. */
function kindColumns(t: Translate, kind: FollowUpKind): TableColumnsType<ComplianceUnit>[number] {
  const cell = (field: 'closed' | 'done' | 'missed') => (_: unknown, unit: ComplianceUnit) => countOf(unit.counts, kind)?.[field] ?? 0
  return {
    key: kind,
    title: codeLabel(t, 'followUpKind', kind),
    children: [
      { key: `${kind}.closed`, title: t('compliance.closed'), align: 'right', render: cell('closed') },
      { key: `${kind}.done`, title: t('compliance.done'), align: 'right', render: cell('done') },
      { key: `${kind}.missed`, title: t('compliance.missed'), align: 'right', render: cell('missed') },
      { key: `${kind}.rate`, title: t('compliance.rate'), align: 'right', render: (_, unit) => rateText(countOf(unit.counts, kind)) },
    ],
  }
}

function TotalRow({ total }: { total: readonly ComplianceCount[] }) {
  const t = useT()
  const values = FOLLOW_UP_KINDS.flatMap((kind) => {
    const count = countOf(total, kind)
    return [count?.closed ?? 0, count?.done ?? 0, count?.missed ?? 0, rateText(count)]
  })
  return (
    <Table.Summary.Row>
      <Table.Summary.Cell index={0}><strong>{t('compliance.total')}</strong></Table.Summary.Cell>
      {values.map((value, i) => (
        <Table.Summary.Cell key={i} index={i + 1} align="right"><strong>{value}</strong></Table.Summary.Cell>
      ))}
    </Table.Summary.Row>
  )
}

/** The rate of each kind over the 12 months, in percent (a gap where nothing closed). */
function TrendChart({ trend }: { trend: readonly ComplianceMonth[] }) {
  const t = useT()
  return (
    <MonthChart
      title={t('compliance.trend')}
      mode="line"
      months={trend.map((month) => month.month)}
      series={FOLLOW_UP_KINDS.map((kind) => ({
        label: codeLabel(t, 'followUpKind', kind),
        values: trend.map((month) => {
          const rate = countOf(month.counts, kind)?.rate
          return rate == null ? null : Math.round(rate * 1000) / 10
        }),
      }))}
      formatValue={(value) => `${value}%`}
      monthHeader={t('compliance.period')}
    />
  )
}

interface Step {
  orgUnitId: number
  name: string
}

/** 随访完成率: a month's closed follow-ups per child unit and kind, drilled down unit by unit, and the 12-month trend. */
export function CompliancePage() {
  const t = useT()
  const user = useCurrentUser()
  const [period, setPeriod] = useState(lastMonth)
  const [trail, setTrail] = useState<Step[]>([])
  const report = useCompliance(period, trail.at(-1)?.orgUnitId)
  const data = report.data
  const columns: TableColumnsType<ComplianceUnit> = [
    {
      key: 'unit',
      title: t('compliance.unit'),
      fixed: 'left',
      render: (_, unit) => (unit.level === 'VILLAGE' ? unit.name : (
        <Button type="link" style={{ padding: 0 }} onClick={() => setTrail([...trail, { orgUnitId: unit.orgUnitId, name: unit.name }])}>
          {unit.name}
        </Button>
      )),
    },
    ...FOLLOW_UP_KINDS.map((kind) => kindColumns(t, kind)),
  ]
  const crumbs = [{ orgUnitId: -1, name: user?.orgUnitName ?? '' }, ...trail]
  return (
    <Flex vertical gap="middle">
      <Card
        title={t('nav.compliance')}
        extra={(
          <DatePicker
            picker="month"
            aria-label={t('compliance.period')}
            allowClear={false}
            value={dayjs(period)}
            disabledDate={(month: Dayjs) => month.isAfter(dayjs(todayIso()), 'month')}
            onChange={(month) => month && setPeriod(month.format(MONTH))}
          />
        )}
      >
        <Flex vertical gap="middle">
          <Breadcrumb
            items={crumbs.map((step, index) => ({
              key: step.orgUnitId,
              title: index === crumbs.length - 1 ? step.name : (
                <Typography.Link onClick={() => setTrail(trail.slice(0, index))}>{step.name}</Typography.Link>
              ),
            }))}
          />
          <Table<ComplianceUnit>
            rowKey="orgUnitId"
            size="small"
            bordered
            columns={columns}
            dataSource={data?.children}
            loading={report.isFetching}
            pagination={false}
            locale={{ emptyText: t('compliance.noChildren') }}
            summary={() => data && <Table.Summary><TotalRow total={data.total} /></Table.Summary>}
            scroll={{ x: 'max-content' }}
          />
        </Flex>
      </Card>
      <Card title={t('compliance.trend')}>
        {data && <TrendChart trend={data.trend} />}
      </Card>
    </Flex>
  )
}
