import { useEffect, useState } from 'react'
import { useSearchParams } from 'react-router'
import { useQueryClient } from '@tanstack/react-query'
import { App, Button, Card, DatePicker, Flex, Form, Input, InputNumber, Table, Tag, Typography } from 'antd'
import type { TableColumnsType } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import type { Dayjs } from 'dayjs'
import type { FollowUpKind, FollowUpRule } from '../../../api/types'
import { useJob } from '../../../api/get-job'
import { FormDialog } from '../../../components/FormDialog'
import { JobProgress } from '../../../components/JobProgress'
import { hasAnyRole, useCurrentUser } from '../../../lib/auth'
import { fromIsoDate, todayIso, toIsoDate } from '../../../lib/format'
import { useT } from '../../../lib/i18n'
import { jobFinished } from '../../../lib/jobs'
import { FOLLOW_UP_KINDS, FOLLOW_UP_RULE_ROLES } from '../../../lib/pregnancy'
import { codeLabel } from '../../../lib/register'
import { useChangeFollowUpRule } from '../api/change-follow-up-rule'
import { useFollowUpRules } from '../api/get-follow-up-rules'
import { PREGNANCIES_KEY } from '../api/keys'

type RuleState = 'current' | 'scheduled' | 'superseded'
const STATE_COLORS: Record<RuleState, string> = { current: 'green', scheduled: 'blue', superseded: 'default' }

/** Each version's state today: per kind, the latest in effect is current, later ones scheduled, earlier ones superseded. */
function ruleStates(versions: readonly FollowUpRule[], today: string): Map<number, RuleState> {
  const states = new Map<number, RuleState>()
  const newestFirst = [...versions].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))
  const currentKinds = new Set<FollowUpKind>()
  for (const rule of newestFirst) {
    if (rule.effectiveFrom > today) states.set(rule.id, 'scheduled')
    else if (currentKinds.has(rule.kind)) states.set(rule.id, 'superseded')
    else {
      states.set(rule.id, 'current')
      currentKinds.add(rule.kind)
    }
  }
  return states
}

interface RuleValues {
  intervalMonths: number
  windowDays: number
  graceDays: number
  effectiveFrom: Dayjs
  reason: string
}

const beforeToday = (day: Dayjs) => day.isBefore(fromIsoDate(todayIso()), 'day')

function NewRuleDialog({ kind, current, onStarted, onClose }: {
  kind: FollowUpKind
  current?: FollowUpRule
  onStarted: (jobId: number) => void
  onClose: () => void
}) {
  const t = useT()
  const change = useChangeFollowUpRule()
  return (
    <FormDialog<RuleValues>
      title={`${t('followUpRule.add')}：${codeLabel(t, 'followUpKind', kind)}`}
      initialValues={{
        intervalMonths: current?.intervalMonths,
        windowDays: current?.windowDays,
        graceDays: current?.graceDays,
        effectiveFrom: fromIsoDate(todayIso()),
      }}
      onSubmit={async ({ effectiveFrom, reason, ...numbers }) => {
        const answer = await change.mutateAsync({ kind, ...numbers, effectiveFrom: toIsoDate(effectiveFrom)!, reason: reason.trim() })
        onStarted(answer.jobId)
      }}
      onClose={onClose}
      successMessage={t('followUpRule.added')}
    >
      <Form.Item name="intervalMonths" label={t('followUpRule.intervalMonths')} rules={[{ required: true }]}>
        <InputNumber min={1} max={12} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="windowDays" label={t('followUpRule.windowDays')} extra={t('followUpRule.windowDaysHint')} rules={[{ required: true }]}>
        <InputNumber min={1} max={366} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="graceDays" label={t('followUpRule.graceDays')} extra={t('followUpRule.graceDaysHint')} rules={[{ required: true }]}>
        <InputNumber min={0} max={366} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="effectiveFrom" label={t('followUpRule.effectiveFrom')} extra={t('followUpRule.effectiveFromHint')} rules={[{ required: true }]}>
        <DatePicker disabledDate={beforeToday} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="reason" label={t('followUpRule.reason')} rules={[{ required: true, whitespace: true }, { max: 500 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormDialog>
  )
}

/** The re-planning job of the last change (?job=…, so a reload still shows it); its end refreshes every schedule. */
function ReplanningProgress({ jobId }: { jobId: number }) {
  const t = useT()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const job = useJob(jobId).data
  const finished = jobFinished(job)
  useEffect(() => {
    if (!job || !finished) return
    if (job.status === 'SUCCEEDED') message.success(job.message || t('followUpRule.replanned'))
    else message.error(job.message || t('job.FAILED'))
    void queryClient.invalidateQueries({ queryKey: PREGNANCIES_KEY })
  }, [finished]) // eslint-disable-line react-hooks/exhaustive-deps -- once, when the job ends
  return (
    <Card size="small" title={t('followUpRule.replanning')}>
      {job ? <JobProgress job={job} /> : <Typography.Text type="secondary">{t('job.QUEUED')}</Typography.Text>}
    </Card>
  )
}

/** 随访规则: every version of each kind's rule; an administrator adds a version, and follows the re-planning. */
export function FollowUpRulesPage() {
  const t = useT()
  const rules = useFollowUpRules()
  const canChange = hasAnyRole(useCurrentUser(), FOLLOW_UP_RULE_ROLES)
  const [params, setParams] = useSearchParams()
  const jobId = params.get('job') ? Number(params.get('job')) : undefined
  const [adding, setAdding] = useState<FollowUpKind>()
  const states = ruleStates(rules.data ?? [], todayIso())
  const columns: TableColumnsType<FollowUpRule> = [
    { key: 'effectiveFrom', title: t('followUpRule.effectiveFrom'), dataIndex: 'effectiveFrom' },
    {
      key: 'state',
      title: t('followUpRule.state'),
      render: (_, rule) => {
        const state = states.get(rule.id) ?? 'superseded'
        return <Tag color={STATE_COLORS[state]}>{t(`followUpRule.${state}`)}</Tag>
      },
    },
    { key: 'intervalMonths', title: t('followUpRule.intervalMonths'), dataIndex: 'intervalMonths', align: 'right' },
    { key: 'windowDays', title: t('followUpRule.windowDays'), dataIndex: 'windowDays', align: 'right' },
    { key: 'graceDays', title: t('followUpRule.graceDays'), dataIndex: 'graceDays', align: 'right' },
    { key: 'reason', title: t('followUpRule.reason'), dataIndex: 'reason' },
    { key: 'createdBy', title: t('followUpRule.createdBy'), dataIndex: 'createdBy' },
  ]
  const versionsOf = (kind: FollowUpKind) => (rules.data ?? []).filter((rule) => rule.kind === kind)
  return (
    <Flex vertical gap="middle">
      {!canChange && <Typography.Text type="secondary">{t('followUpRule.readOnly')}</Typography.Text>}
      {jobId != null && <ReplanningProgress jobId={jobId} />}
      {FOLLOW_UP_KINDS.map((kind) => (
        <Card
          key={kind}
          title={`${t('nav.followUpRules')}：${codeLabel(t, 'followUpKind', kind)}`}
          extra={canChange && (
            <Button icon={<PlusOutlined />} onClick={() => setAdding(kind)}>{t('followUpRule.add')}</Button>
          )}
        >
          <Table<FollowUpRule>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={versionsOf(kind)}
            loading={rules.isLoading}
            pagination={false}
            scroll={{ x: 'max-content' }}
          />
        </Card>
      ))}
      {adding && (
        <NewRuleDialog
          kind={adding}
          current={versionsOf(adding).find((rule) => states.get(rule.id) === 'current')}
          onStarted={(id) => setParams({ job: String(id) })}
          onClose={() => setAdding(undefined)}
        />
      )}
    </Flex>
  )
}
