import { useState, type ComponentType } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { App, Button, DatePicker, Drawer, Flex, Form, Input, InputNumber, Select, Space } from 'antd'
import type { Dayjs } from 'dayjs'
import type { FollowUpKind, VisitFindings, VisitView } from '../../../api/types'
import { useShowProblem } from '../../../lib/form-errors'
import { afterToday, fromIsoDate, todayIso, toIsoDate } from '../../../lib/format'
import { useT } from '../../../lib/i18n'
import { FOLLOW_UP_KINDS } from '../../../lib/pregnancy'
import { codeLabel, codeOptions } from '../../../lib/register'
import { scheduleQuery } from '../api/get-schedule'
import { useRecordVisit } from '../api/record-visit'
import { RiskFactorSelect } from './RiskFactorSelect'

/** Whose visit, and of which kind to start with. */
export interface VisitTarget {
  pregnancyId: number
  womanName?: string
  kind?: FollowUpKind
}

interface VisitValues {
  kind: FollowUpKind
  date: Dayjs
  place?: string
  findings: VisitFindings
  nextAppointment?: Dayjs
}

/** The findings each kind records (what the server keeps of the form). */
const FINDINGS: Record<FollowUpKind, readonly (keyof VisitFindings)[]> = {
  HOME_VISIT: ['condition', 'advice'],
  PREGNANCY_CHECK: ['weightKg', 'systolic', 'diastolic', 'fundalHeightCm', 'fetalHeartRate', 'testResults', 'advice'],
  ULTRASOUND: ['gestationalWeeks', 'fetuses', 'placenta', 'ultrasoundFindings'],
}

function findingsOf(kind: FollowUpKind, findings: VisitFindings = {}): VisitFindings {
  const picked: VisitFindings = { riskFactors: findings.riskFactors?.length ? findings.riskFactors : undefined }
  for (const key of FINDINGS[kind]) {
    const value = findings[key]
    if (value != null && value !== '') Object.assign(picked, { [key]: typeof value === 'string' ? value.trim() : value })
  }
  return picked
}

const finding = (key: keyof VisitFindings) => ['findings', key]
/** The longest text of a finding the server takes (VisitFindings' @Size). */
const FINDING_LENGTH = 2000

function HomeVisitFields() {
  const t = useT()
  return (
    <>
      <Form.Item name={finding('condition')} label={t('visit.condition')} rules={[{ required: true, whitespace: true }]}>
        <Input.TextArea rows={3} maxLength={FINDING_LENGTH} />
      </Form.Item>
      <Form.Item name={finding('advice')} label={t('visit.advice')}>
        <Input.TextArea rows={2} maxLength={FINDING_LENGTH} />
      </Form.Item>
    </>
  )
}

function CheckFields() {
  const t = useT()
  return (
    <>
      <Form.Item name={finding('weightKg')} label={t('visit.weightKg')} rules={[{ required: true }]}>
        <InputNumber min={20} max={250} step={0.1} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label={t('visit.bloodPressure')} required>
        <Space.Compact block>
          <Form.Item name={finding('systolic')} noStyle rules={[{ required: true, message: t('visit.systolic') }]}>
            <InputNumber min={40} max={260} precision={0} placeholder={t('visit.systolic')} aria-label={t('visit.systolic')} style={{ width: '50%' }} />
          </Form.Item>
          <Form.Item name={finding('diastolic')} noStyle rules={[{ required: true, message: t('visit.diastolic') }]}>
            <InputNumber min={20} max={200} precision={0} placeholder={t('visit.diastolic')} aria-label={t('visit.diastolic')} style={{ width: '50%' }} />
          </Form.Item>
        </Space.Compact>
      </Form.Item>
      <Form.Item name={finding('fundalHeightCm')} label={t('visit.fundalHeightCm')}>
        <InputNumber min={0} max={60} step={0.5} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name={finding('fetalHeartRate')} label={t('visit.fetalHeartRate')}>
        <InputNumber min={50} max={250} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name={finding('testResults')} label={t('visit.testResults')}>
        <Input.TextArea rows={2} maxLength={FINDING_LENGTH} />
      </Form.Item>
      <Form.Item name={finding('advice')} label={t('visit.advice')}>
        <Input.TextArea rows={2} maxLength={FINDING_LENGTH} />
      </Form.Item>
    </>
  )
}

function UltrasoundFields() {
  const t = useT()
  return (
    <>
      <Form.Item name={finding('gestationalWeeks')} label={t('visit.gestationalWeeks')} rules={[{ required: true }]}>
        <InputNumber min={0} max={45} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name={finding('fetuses')} label={t('visit.fetuses')} rules={[{ required: true }]}>
        <InputNumber min={1} max={6} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name={finding('placenta')} label={t('visit.placenta')}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name={finding('ultrasoundFindings')} label={t('visit.ultrasoundFindings')}>
        <Input.TextArea rows={2} maxLength={FINDING_LENGTH} />
      </Form.Item>
    </>
  )
}

const KIND_FIELDS: Record<FollowUpKind, ComponentType> = {
  HOME_VISIT: HomeVisitFields,
  PREGNANCY_CHECK: CheckFields,
  ULTRASOUND: UltrasoundFields,
}

/** Where the visit went, in words: the slot it completed, or why it counts for none. */
function useReportPlacement() {
  const t = useT()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  return async (visit: VisitView) => {
    const kind = codeLabel(t, 'followUpKind', visit.kind)
    if (visit.placement === 'FILLS') {
      // The visit names no slot; the schedule (read again after the save) says which one it filled.
      const schedule = await queryClient.fetchQuery(scheduleQuery(visit.pregnancyId))
      const seq = schedule.visits.find((placed) => placed.visitId === visit.id)?.slotSeq
      message.success(seq == null ? t('common.saved') : t('visit.filled', { n: seq + 1, kind }))
    } else {
      message.warning(t(visit.placement === 'EXTRA' ? 'visit.extra' : 'visit.outside', { kind }))
    }
  }
}

/** 记录随访: a drawer whose fields follow the kind; after saving it says where the visit went. */
export function VisitDrawer({ target, onClose }: { target: VisitTarget; onClose: () => void }) {
  const t = useT()
  const [form] = Form.useForm<VisitValues>()
  const kind = Form.useWatch('kind', form) ?? target.kind ?? 'HOME_VISIT'
  const record = useRecordVisit()
  const showProblem = useShowProblem()
  const reportPlacement = useReportPlacement()
  const [saving, setSaving] = useState(false)
  const KindFields = KIND_FIELDS[kind]
  const finish = async (values: VisitValues) => {
    setSaving(true)
    try {
      const visit = await record.mutateAsync({
        pregnancyId: target.pregnancyId,
        kind: values.kind,
        date: toIsoDate(values.date)!,
        place: values.place?.trim() || undefined,
        findings: findingsOf(values.kind, values.findings),
        nextAppointment: toIsoDate(values.nextAppointment),
      })
      await reportPlacement(visit)
      onClose()
    } catch (error) {
      showProblem(error, form)
      setSaving(false)
    }
  }
  return (
    <Drawer
      open
      title={target.womanName ? t('visit.recordFor', { name: target.womanName }) : t('visit.record')}
      size={480}
      onClose={onClose}
      mask={{ closable: false }}
      footer={(
        <Flex justify="flex-end" gap="small">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={form.submit}>{t('common.save')}</Button>
        </Flex>
      )}
    >
      <Form<VisitValues>
        form={form}
        name="visit" // its own field ids (visit_kind, …): the worklist's filters beside it have a "kind" too
        layout="vertical"
        initialValues={{ kind: target.kind ?? 'HOME_VISIT', date: fromIsoDate(todayIso()) }}
        onFinish={finish}
      >
        <Form.Item name="kind" label={t('visit.kind')} rules={[{ required: true }]}>
          <Select options={codeOptions(t, 'followUpKind', FOLLOW_UP_KINDS)} />
        </Form.Item>
        <Form.Item name="date" label={t('visit.date')} rules={[{ required: true }]}>
          <DatePicker disabledDate={afterToday} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="place" label={t('visit.place')} rules={[{ max: 100 }]}>
          <Input />
        </Form.Item>
        <KindFields />
        <Form.Item name={finding('riskFactors')} label={t('visit.riskFactors')}>
          <RiskFactorSelect />
        </Form.Item>
        <Form.Item name="nextAppointment" label={t('visit.nextAppointment')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Drawer>
  )
}
