import { useState } from 'react'
import { Card, Col, Flex, Progress, Row, Segmented, Select, Space, Statistic, Typography } from 'antd'
import type { TargetKind, TargetProgress } from '../../../api/types'
import { MonthChart } from '../../../components/charts/MonthChart'
import { OrgUnitTreeSelect } from '../../../components/OrgUnitTreeSelect'
import { hasAnyRole, useCurrentUser } from '../../../lib/auth'
import { formatPercent, thisYear, todayIso } from '../../../lib/format'
import { useT } from '../../../lib/i18n'
import { useTargetProgress } from '../api/get-target-progress'
import { TARGET_SET_ROLES } from '../roles'
import { TargetsTable } from './TargetsTable'

const KINDS = ['PREPREGNANCY_CHECK'] as const satisfies readonly TargetKind[]

/** This year in China (Asia/Shanghai), whatever the browser's zone. */

function years(): number[] {
  const now = thisYear()
  return Array.from({ length: now + 1 - 2015 + 1 }, (_, i) => now + 1 - i)
}

function Overview({ progress }: { progress: TargetProgress }) {
  const t = useT()
  const { orgUnit } = progress
  const percent = orgUnit.rate == null ? 0 : Math.round(orgUnit.rate * 1000) / 10
  return (
    <Card title={t('targets.overview', { name: orgUnit.name, year: progress.year })} style={{ height: '100%' }}>
      <Flex align="center" gap="large" wrap>
        <Progress
          type="dashboard"
          percent={Math.min(percent, 100)}
          status={orgUnit.rate == null ? 'normal' : percent >= 100 ? 'success' : 'active'}
          format={() => (orgUnit.rate == null ? t('targets.noTarget') : formatPercent(orgUnit.rate))}
        />
        <Flex vertical gap="small">
          <Space size="large">
            <Statistic title={t('targets.target')} value={orgUnit.target ?? '—'} />
            <Statistic title={t('targets.done')} value={orgUnit.done} />
          </Space>
          <Typography.Text type="secondary">
            {orgUnit.target == null
              ? t('targets.doneNoTarget', { done: orgUnit.done })
              : t('targets.doneOfTarget', { done: orgUnit.done, target: orgUnit.target })}
          </Typography.Text>
        </Flex>
      </Flex>
    </Card>
  )
}

function MonthlyCard({ progress }: { progress: TargetProgress }) {
  const t = useT()
  const [mode, setMode] = useState<'bar' | 'line'>('line')
  const [year, month] = todayIso().split('-').map(Number)
  // months still to come this year have no value yet
  const upTo = progress.year === year ? month : progress.year < year ? 12 : 0
  return (
    <Card
      title={t('targets.monthly')}
      extra={(
        <Segmented
          value={mode}
          options={[{ value: 'line', label: t('targets.line') }, { value: 'bar', label: t('targets.bar') }]}
          onChange={(value) => setMode(value as 'bar' | 'line')}
        />
      )}
      style={{ height: '100%' }}
    >
      <MonthChart
        title={`${t('targets.overview', { name: progress.orgUnit.name, year: progress.year })} · ${t('targets.monthly')}`}
        months={progress.months.map((m) => t('targets.month', { month: m.month }))}
        series={[{
          label: t('targets.cumulative'),
          values: progress.months.map((m) => (m.month <= upTo ? m.cumulative : null)),
        }]}
        target={progress.orgUnit.target == null ? undefined : { label: t('targets.targetLine'), value: progress.orgUnit.target }}
        mode={mode}
      />
    </Card>
  )
}

/** 年度目标: progress of a unit against the year's target, month by month, and its child units' targets and progress. */
export function TargetsPage() {
  const t = useT()
  const user = useCurrentUser()
  const [kind, setKind] = useState<TargetKind>('PREPREGNANCY_CHECK')
  const [year, setYear] = useState(thisYear)
  const [orgUnitId, setOrgUnitId] = useState<number>()
  const progress = useTargetProgress({ kind, year, orgUnitId })
  const data = progress.data
  const canSet = hasAnyRole(user, TARGET_SET_ROLES)
  return (
    <Flex vertical gap="middle">
      <Card size="small">
        <Space wrap>
          <Select
            aria-label={t('targets.kind')}
            value={kind}
            options={KINDS.map((k) => ({ value: k, label: t(`targetKind.${k}`) }))}
            onChange={setKind}
            style={{ width: 260 }}
          />
          <Select
            aria-label={t('targets.year')}
            value={year}
            options={years().map((y) => ({ value: y, label: String(y) }))}
            onChange={setYear}
            style={{ width: 100 }}
          />
          <OrgUnitTreeSelect
            placeholder={user?.orgUnitName ?? t('targets.orgUnit')}
            value={orgUnitId}
            onChange={(id) => setOrgUnitId(id ?? undefined)}
            style={{ width: 200 }}
          />
        </Space>
      </Card>
      {data && (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={9}><Overview progress={data} /></Col>
            <Col xs={24} lg={15}><MonthlyCard progress={data} /></Col>
          </Row>
          <Card title={t('targets.children')}>
            {canSet && data.orgUnit.orgUnitId === user?.orgUnitId && (
              <Typography.Paragraph type="secondary">{t('targets.setByLevelAbove')}</Typography.Paragraph>
            )}
            <TargetsTable
              rows={data.children}
              kind={kind}
              year={year}
              editable={canSet}
              loading={progress.isFetching}
              onOpen={setOrgUnitId}
            />
          </Card>
        </>
      )}
    </Flex>
  )
}
