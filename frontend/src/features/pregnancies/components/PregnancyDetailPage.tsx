import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { Alert, Button, Card, DatePicker, Flex, Result, Space, Spin } from 'antd'
import { EditOutlined } from '@ant-design/icons'
import type { PregnancyDetail } from '../../../api/types'
import { hasAnyRole, useCurrentUser } from '../../../lib/auth'
import { fromIsoDate, toIsoDate } from '../../../lib/format'
import { useT } from '../../../lib/i18n'
import { PREGNANCY_WRITE_ROLES } from '../../../lib/pregnancy'
import { usePregnancy } from '../api/get-pregnancy'
import { useSchedule } from '../api/get-schedule'
import {
  CorrectPregnancyDialog, DeliverPregnancyDialog, EndPregnancyDialog, TransferPregnancyDialog, type Newborn,
  type PregnancyDialog,
} from './PregnancyDialogs'
import { PregnancyDescriptions } from './PregnancyDescriptions'
import { ScheduleTimeline } from './ScheduleTimeline'
import { VisitDrawer } from './VisitDrawer'
import { VisitsTable } from './VisitsTable'

function NewbornsAlert({ newborns, onClose }: { newborns: Newborn[]; onClose: () => void }) {
  const t = useT()
  return (
    <Alert
      type="success"
      showIcon
      closable={{ onClose }}
      title={t('pregnancy.delivered')}
      description={(
        <Space wrap>
          {t('pregnancy.children')}：
          {newborns.map((child) => <Link key={child.personId} to={`/persons/${child.personId}`}>{child.name}</Link>)}
        </Space>
      )}
    />
  )
}

function PregnancyPanel({ detail }: { detail: PregnancyDetail }) {
  const t = useT()
  const { pregnancy } = detail
  const [asOf, setAsOf] = useState<string>()
  const [dialog, setDialog] = useState<PregnancyDialog | 'visit'>()
  const [newborns, setNewborns] = useState<Newborn[]>()
  const schedule = useSchedule(pregnancy.id, asOf)
  const canWrite = hasAnyRole(useCurrentUser(), PREGNANCY_WRITE_ROLES)
  const active = canWrite && pregnancy.status === 'ACTIVE'
  const close = () => setDialog(undefined)
  const actions = active && (
    <Space wrap>
      <Button type="primary" icon={<EditOutlined />} onClick={() => setDialog('visit')}>{t('visit.record')}</Button>
      <Button onClick={() => setDialog('correct')}>{t('pregnancy.correct')}</Button>
      <Button onClick={() => setDialog('deliver')}>{t('pregnancy.deliver')}</Button>
      <Button onClick={() => setDialog('end')}>{t('pregnancy.end')}</Button>
      <Button onClick={() => setDialog('transfer')}>{t('pregnancy.transfer')}</Button>
    </Space>
  )
  return (
    <Flex vertical gap="middle">
      {newborns && <NewbornsAlert newborns={newborns} onClose={() => setNewborns(undefined)} />}
      <Card title={`${t('pregnancy.detail')}：${pregnancy.womanName ?? ''}`} extra={actions}>
        <PregnancyDescriptions detail={detail} />
      </Card>
      <Card
        title={t('pregnancy.schedule')}
        extra={(
          <Space>
            {t('pregnancy.asOf')}
            <DatePicker
              aria-label={t('pregnancy.asOf')}
              title={t('pregnancy.asOfHint')}
              value={fromIsoDate(asOf ?? schedule.data?.asOf)}
              onChange={(day) => setAsOf(toIsoDate(day))}
            />
          </Space>
        )}
        loading={!schedule.data}
      >
        {schedule.data && <ScheduleTimeline schedule={schedule.data} />}
      </Card>
      <Card title={t('pregnancy.visits')}>
        <VisitsTable pregnancyId={pregnancy.id} placements={schedule.data?.visits ?? []} canVoid={canWrite} />
      </Card>
      {dialog === 'visit' && <VisitDrawer target={{ pregnancyId: pregnancy.id, womanName: pregnancy.womanName }} onClose={close} />}
      {dialog === 'correct' && <CorrectPregnancyDialog detail={detail} onClose={close} />}
      {dialog === 'deliver' && <DeliverPregnancyDialog detail={detail} onClose={close} onDelivered={setNewborns} />}
      {dialog === 'end' && <EndPregnancyDialog detail={detail} onClose={close} />}
      {dialog === 'transfer' && <TransferPregnancyDialog detail={detail} onClose={close} />}
    </Flex>
  )
}

/** A pregnancy's page (/pregnancies/:id): the registration, the follow-up timeline, the visits, the operations. */
export function PregnancyDetailPage() {
  const t = useT()
  const id = Number(useParams().id)
  const pregnancy = usePregnancy(id)
  if (pregnancy.data) return <PregnancyPanel key={pregnancy.data.pregnancy.id} detail={pregnancy.data} />
  if (pregnancy.isError) return <Result status="404" title={t('pregnancy.notFound')} />
  return <Spin />
}
