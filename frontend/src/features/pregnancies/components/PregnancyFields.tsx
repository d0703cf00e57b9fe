// The registration's fields, shared by 登记孕情 and 更正登记: LMP with the EDD and gestational age computed as the
// user types, the reason for a rare age when the server asks for it, an optional corrected EDD (with its reason only
// when it differs), birth order (with a reason), risk factors and the responsible worker.
import { DatePicker, Descriptions, Form, Input, InputNumber } from 'antd'
import type { Dayjs } from 'dayjs'
import type { PregnancyWrite } from '../../../api/types'
import { ReasonOnRequest } from '../../../components/ReasonOnRequest'
import { hasAnyRole, useCurrentUser } from '../../../lib/auth'
import { fromIsoDate, todayIso, toIsoDate } from '../../../lib/format'
import { addDays, eddFrom, gestationOn, MAX_LMP_AGE_DAYS } from '../../../lib/gestation'
import { useT } from '../../../lib/i18n'
import { WORKER_PICK_ROLES } from '../../../lib/pregnancy'
import { RiskFactorSelect } from './RiskFactorSelect'
import { gestationText } from './tags'
import { WorkerSelect } from './WorkerSelect'

export interface PregnancyFormValues {
  personId: number
  lmp: Dayjs
  /** Asked for by the server when she is under 14, or 50 and over, at the LMP. */
  ageReason?: string
  edd?: Dayjs | null
  eddReason?: string
  birthOrder?: number | null
  birthOrderReason?: string
  riskFactors?: string[]
  responsibleWorkerId?: number | null
  /** A correction's reason. */
  reason?: string
}

/** The form's values as the API takes them (an EDD equal to the rule's is sent as none). */
export function toPregnancyWrite(values: PregnancyFormValues): PregnancyWrite {
  const lmp = toIsoDate(values.lmp)!
  const edd = toIsoDate(values.edd)
  const corrected = edd != null && edd !== eddFrom(lmp)
  const birthOrder = values.birthOrder ?? undefined
  return {
    personId: values.personId,
    lmp,
    ageReason: values.ageReason?.trim() || undefined,
    edd: corrected ? edd : undefined,
    eddReason: corrected ? values.eddReason?.trim() : undefined,
    birthOrder,
    birthOrderReason: birthOrder != null ? values.birthOrderReason?.trim() || undefined : undefined,
    riskFactors: values.riskFactors ?? [],
    responsibleWorkerId: values.responsibleWorkerId ?? undefined,
    reason: values.reason?.trim() || undefined,
  }
}

const today = () => fromIsoDate(todayIso())!

/** Not in the future, not longer ago than an ongoing pregnancy can be. */
function impossibleLmp(day: Dayjs): boolean {
  return day.isAfter(today(), 'day') || day.isBefore(fromIsoDate(addDays(todayIso(), -MAX_LMP_AGE_DAYS)), 'day')
}

/** The EDD by the rule and today's gestational age, live as the LMP changes. */
function ComputedFromLmp({ lmp }: { lmp?: string }) {
  const t = useT()
  const gestation = lmp ? gestationOn(lmp, todayIso()) : undefined
  return (
    <Descriptions
      size="small"
      bordered
      column={2}
      title={t('pregnancy.computed')}
      style={{ marginBottom: 24 }}
      items={[
        { key: 'edd', label: t('pregnancy.eddByRule'), children: (lmp && eddFrom(lmp)) || '—' },
        { key: 'gestation', label: t('pregnancy.gestation'), children: gestation ? gestationText(t, gestation) : '—' },
      ]}
    />
  )
}

export function PregnancyFields() {
  const t = useT()
  const lmp = toIsoDate(Form.useWatch<Dayjs | undefined>('lmp'))
  const edd = toIsoDate(Form.useWatch<Dayjs | null | undefined>('edd'))
  const birthOrder = Form.useWatch<number | null | undefined>('birthOrder')
  const eddDiffers = edd != null && lmp != null && edd !== eddFrom(lmp)
  const canPickWorker = hasAnyRole(useCurrentUser(), WORKER_PICK_ROLES)
  return (
    <>
      <Form.Item name="lmp" label={t('pregnancy.lmp')} rules={[{ required: true }]}>
        <DatePicker disabledDate={impossibleLmp} style={{ width: '100%' }} />
      </Form.Item>
      <ComputedFromLmp lmp={lmp} />
      <ReasonOnRequest name="ageReason" label={t('pregnancy.ageReason')} extra={t('pregnancy.ageReasonHint')} />
      <Form.Item name="edd" label={t('pregnancy.correctedEdd')} extra={t('pregnancy.correctedEddHint')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      {eddDiffers && (
        <Form.Item name="eddReason" label={t('pregnancy.eddReason')} rules={[{ required: true, whitespace: true }, { max: 500 }]}>
          <Input />
        </Form.Item>
      )}
      <Form.Item name="birthOrder" label={t('pregnancy.birthOrder')} extra={t('pregnancy.birthOrderHint')}>
        <InputNumber min={1} max={20} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      {birthOrder != null && (
        <Form.Item name="birthOrderReason" label={t('pregnancy.birthOrderReason')} extra={t('pregnancy.birthOrderReasonHint')} rules={[{ max: 500 }]}>
          <Input />
        </Form.Item>
      )}
      <Form.Item name="riskFactors" label={t('pregnancy.riskFactors')}>
        <RiskFactorSelect />
      </Form.Item>
      {canPickWorker && (
        <Form.Item name="responsibleWorkerId" label={t('pregnancy.responsibleWorker')} extra={t('pregnancy.responsibleWorkerHint')}>
          <WorkerSelect />
        </Form.Item>
      )}
    </>
  )
}
