import { useState } from 'react'
import { Card, Col, Flex, Progress, Row, Segmented, Statistic, Table, Tag, Typography } from 'antd'
import type { TableColumnsType } from 'antd'
import type { FloatingCount, PersonView } from '../../../api/types'
import { useOrgUnitNames } from '../../../api/org-unit-tree'
import { OrgUnitTreeSelect } from '../../../components/OrgUnitTreeSelect'
import { usePersonColumns } from '../../../components/register/person-columns'
import { useT } from '../../../lib/i18n'
import { useExpiringStays } from '../api/get-expiring-stays'
import { useFloatingCounts } from '../api/get-floating-counts'
import { useFloatingCoverage } from '../api/get-floating-coverage'
import { serverPagination } from '../../../lib/pagination'

/** The annual target for floating-population record coverage (the 2018 work plan: ≥ 85 %). */
export const COVERAGE_TARGET = 85
const DAY_CHOICES = [7, 30, 60, 90] as const

function CoverageCard() {
  const t = useT()
  const { data: coverage, isLoading } = useFloatingCoverage()
  const percent = coverage ? Math.round(coverage.rate * 1000) / 10 : 0
  const below = percent < COVERAGE_TARGET
  return (
    <Card title={t('floating.coverage')} loading={isLoading} style={{ height: '100%' }}>
      {coverage && (
        <Flex align="center" gap="large" wrap>
          <Progress
            type="dashboard"
            percent={percent}
            status={below ? 'exception' : 'success'}
            strokeColor={below ? '#cf1322' : undefined}
            format={() => `${percent}%`}
          />
          <Flex vertical gap="small">
            <Tag color={below ? 'red' : 'green'}>{below ? t('floating.belowTarget') : t('floating.onTarget')}</Tag>
            <Typography.Text>{t('floating.coverageTarget', { target: COVERAGE_TARGET })}</Typography.Text>
            <Typography.Text type="secondary">
              {t('floating.coverageDetail', { complete: coverage.complete, floating: coverage.floating })}
            </Typography.Text>
          </Flex>
        </Flex>
      )}
    </Card>
  )
}

function CountsCard() {
  const t = useT()
  const villages = useOrgUnitNames()
  const { data: counts, isLoading } = useFloatingCounts()
  const rows = [...(counts ?? [])].sort((a, b) =>
    (villages.get(a.orgUnitId) ?? '').localeCompare(villages.get(b.orgUnitId) ?? '', 'zh-CN'))
  const columns: TableColumnsType<FloatingCount> = [
    { key: 'village', title: t('person.village'), render: (_, row) => villages.get(row.orgUnitId) ?? `#${row.orgUnitId}` },
    { key: 'in', title: t('floating.floatingIn'), dataIndex: 'floatingIn', align: 'right' },
    { key: 'out', title: t('floating.floatingOut'), dataIndex: 'floatingOut', align: 'right' },
  ]
  const totalIn = rows.reduce((sum, row) => sum + row.floatingIn, 0)
  const totalOut = rows.reduce((sum, row) => sum + row.floatingOut, 0)
  return (
    <Card
      title={t('floating.counts')}
      extra={(
        <Flex gap="large">
          <Statistic title={t('floating.floatingIn')} value={totalIn} />
          <Statistic title={t('floating.floatingOut')} value={totalOut} />
        </Flex>
      )}
      style={{ height: '100%' }}
    >
      <Table<FloatingCount> rowKey="orgUnitId" size="small" columns={columns} dataSource={rows} loading={isLoading} pagination={false} />
    </Card>
  )
}

/** The list reads the stay's end when the server sends it (PersonView does not name it yet). */
type ExpiringPerson = PersonView & { stayUntil?: string }

function ExpiringCard() {
  const t = useT()
  const [days, setDays] = useState<number>(30)
  const [orgUnitId, setOrgUnitId] = useState<number>()
  const [paging, setPaging] = useState({ page: 0, size: 20 })
  const stays = useExpiringStays({ days, orgUnitId, ...paging })
  const personColumns = usePersonColumns(['name', 'sex', 'idNumber', 'age', 'village', 'phone'])
  const columns: TableColumnsType<ExpiringPerson> = [
    ...(personColumns as TableColumnsType<ExpiringPerson>),
    { key: 'stayUntil', title: t('person.stayUntil'), render: (_, person) => person.stayUntil ?? '' },
  ]
  const page = stays.data
  return (
    <Card
      title={t('floating.expiring')}
      extra={(
        <Flex gap="small" wrap>
          <OrgUnitTreeSelect
            placeholder={t('person.village')}
            value={orgUnitId}
            onChange={(id) => { setOrgUnitId(id ?? undefined); setPaging({ ...paging, page: 0 }) }}
            style={{ width: 180 }}
          />
          <Segmented
            value={days}
            options={DAY_CHOICES.map((choice) => ({ value: choice, label: t('floating.withinDays', { days: choice }) }))}
            onChange={(choice) => { setDays(choice); setPaging({ ...paging, page: 0 }) }}
          />
        </Flex>
      )}
    >
      <Table<ExpiringPerson>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={page?.items}
        loading={stays.isFetching}
        pagination={serverPagination(page, paging.size, (p, size) => setPaging({ page: p, size }), t)}
        scroll={{ x: 'max-content' }}
      />
    </Card>
  )
}

/** 流动人口: record coverage against the target, counts per village, stays about to end. */
export function FloatingPopulationPage() {
  return (
    <Flex vertical gap="middle">
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}><CoverageCard /></Col>
        <Col xs={24} lg={14}><CountsCard /></Col>
      </Row>
      <ExpiringCard />
    </Flex>
  )
}
