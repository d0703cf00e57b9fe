import { useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { Alert, Button, Card, Descriptions, Flex, Result, Space, Spin, Timeline, Typography } from 'antd'
import type { DescriptionsProps } from 'antd'
import { PrinterOutlined } from '@ant-design/icons'
import type { BirthRegistrationAction, BirthRegistrationDetail, BirthRegistrationParent } from '../../../api/types'
import { formatDateTime } from '../../../lib/format'
import { useT } from '../../../lib/i18n'
import { useBirthRegistration } from '../api/get-birth-registration'
import { PRINTABLE } from '../codes'
import { BirthStatusTag, DeadlineTag, WeekdaysOnlyTag } from './BirthRegistrationTags'
import { BirthRegistrationStepDialog } from './BirthRegistrationStepDialogs'
import { codeLabel } from '../../../lib/register'

/** Steps that move an application forward (primary buttons); the others turn it back. */
const FORWARD: readonly BirthRegistrationAction[] = ['REGISTER', 'APPROVE', 'VILLAGE_REVIEW', 'RESUBMIT']

function ApplicationHeader({ detail }: { detail: BirthRegistrationDetail }) {
  const t = useT()
  const expectedOrder = detail.childrenInRegister + 1
  const items: DescriptionsProps['items'] = [
    { key: 'kind', label: t('birth.kind'), children: codeLabel(t, 'birthKind', detail.kind) },
    { key: 'status', label: t('birth.status'), children: <BirthStatusTag status={detail.status} /> },
    { key: 'number', label: t('birth.number'), children: detail.number ?? t('common.none') },
    { key: 'childOrder', label: t('birth.childOrder'), children: t('birth.childOrderValue', { order: detail.childOrder }) },
    ...(detail.childOrderReason
      ? [{ key: 'childOrderReason', label: t('birth.childOrderReason'), children: detail.childOrderReason }] : []),
    {
      key: 'children',
      label: t('birth.childrenInRegister'),
      children: t('birth.childrenCount', { count: detail.childrenInRegister }),
    },
    { key: 'marriageDate', label: t('birth.marriageDate'), children: detail.marriageDate },
    { key: 'channel', label: t('birth.channel'), children: codeLabel(t, 'birthChannel', detail.channel) },
    { key: 'village', label: t('birth.village'), children: `${detail.townName} ${detail.villageName}` },
    { key: 'submittedOn', label: t('birth.submittedOn'), children: detail.submittedOn },
    {
      key: 'dueOn',
      label: t('birth.dueOn'),
      children: <Space size={4}>{detail.dueOn}<DeadlineTag deadline={detail.deadline} /><WeekdaysOnlyTag weekdaysOnly={detail.dueOnWeekdaysOnly} /></Space>,
    },
    ...(detail.villageOpinion ? [
      { key: 'villageOpinion', label: t('birth.villageOpinion'), children: detail.villageOpinion },
      { key: 'villageReviewedOn', label: t('birth.villageReviewedOn'), children: detail.villageReviewedOn },
    ] : []),
    ...(detail.decidedOn ? [
      { key: 'decidedOn', label: t('birth.decidedOn'), children: detail.decidedOn },
      { key: 'decisionReason', label: t('birth.decisionReason'), children: detail.decisionReason ?? t('common.none') },
    ] : []),
  ]
  return (
    <Flex vertical gap="small">
      {detail.childOrder !== expectedOrder && detail.status !== 'REGISTERED' && detail.status !== 'APPROVED' && (
        <Alert type="warning" showIcon title={t('birth.childOrderMismatch')}
          description={detail.childOrderReason ? t('birth.childOrderReasonIs', { reason: detail.childOrderReason }) : undefined} />
      )}
      <Descriptions bordered size="small" column={{ xs: 1, sm: 2, lg: 3 }} items={items} />
    </Flex>
  )
}

function Parent({ role, parent }: { role: 'birth.father' | 'birth.mother'; parent: BirthRegistrationParent }) {
  const t = useT()
  return (
    <Descriptions
      size="small"
      column={1}
      title={t(role)}
      items={[
        { key: 'name', label: t('person.name'), children: <Link to={`/persons/${parent.id}`}>{parent.name}</Link> },
        { key: 'idNumber', label: t('birth.idNumber'), children: parent.idNumber },
        { key: 'birthDate', label: t('birth.birthDate'), children: parent.birthDate },
        { key: 'ethnicity', label: t('birth.ethnicity'), children: parent.ethnicity ?? '' },
      ]}
    />
  )
}

function StepsTimeline({ detail }: { detail: BirthRegistrationDetail }) {
  const t = useT()
  return (
    <Timeline
      items={detail.steps.map((step, index) => ({
        key: index,
        color: step.action === 'RETURN' || step.action === 'REJECT' ? 'red' : 'green',
        title: formatDateTime(step.occurredAt),
        content: (
          <Flex vertical>
            <Typography.Text strong>{`${codeLabel(t, 'birthAction', step.action)} → ${codeLabel(t, 'birthStatus', step.toStatus)}`}</Typography.Text>
            <Typography.Text type="secondary">{step.actor}</Typography.Text>
            {step.remark && <Typography.Text>{step.remark}</Typography.Text>}
          </Flex>
        ),
      }))}
    />
  )
}

function ApplicationPanel({ detail }: { detail: BirthRegistrationDetail }) {
  const t = useT()
  const navigate = useNavigate()
  const [step, setStep] = useState<BirthRegistrationAction>()
  const actions = (
    <Space wrap>
      {detail.actions.map((action) => (
        <Button
          key={action}
          type={FORWARD.includes(action) ? 'primary' : 'default'}
          danger={!FORWARD.includes(action)}
          onClick={() => setStep(action)}
        >
          {codeLabel(t, 'birthAction', action)}
        </Button>
      ))}
      {PRINTABLE.includes(detail.status) && (
        <Button icon={<PrinterOutlined />} onClick={() => navigate(`/birth-registrations/${detail.id}/print`)}>{t('birth.printView')}</Button>
      )}
    </Space>
  )
  return (
    <Flex vertical gap="middle">
      <Card title={`${t('birth.detail')}：${detail.mother.name}、${detail.father.name}`} extra={actions}>
        <ApplicationHeader detail={detail} />
      </Card>
      <Card title={t('birth.couple')}>
        <Flex wrap gap="large">
          <div style={{ flex: 1, minWidth: 260 }}><Parent role="birth.mother" parent={detail.mother} /></div>
          <div style={{ flex: 1, minWidth: 260 }}><Parent role="birth.father" parent={detail.father} /></div>
        </Flex>
      </Card>
      <Card title={t('birth.timeline')}>
        <StepsTimeline detail={detail} />
      </Card>
      {step && <BirthRegistrationStepDialog action={step} detail={detail} onClose={() => setStep(undefined)} />}
    </Flex>
  )
}

/** An application's page (/birth-registrations/:id): its data, the steps the user may take now, its timeline. */
export function BirthRegistrationDetailPage() {
  const t = useT()
  const id = Number(useParams().id)
  const registration = useBirthRegistration(id)
  if (registration.data) return <ApplicationPanel key={registration.data.id} detail={registration.data} />
  if (registration.isError) return <Result status="404" title={t('birth.notFound')} />
  return <Spin />
}
