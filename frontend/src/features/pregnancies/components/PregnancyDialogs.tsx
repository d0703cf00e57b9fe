// The operations on an ACTIVE pregnancy (更正登记, 分娩登记, 终止妊娠, 转出) and on a visit (作废): each a FormDialog;
// the pregnancy's or visit's version (its ETag) goes into If-Match.
import { Button, Card, DatePicker, Flex, Form, Input, InputNumber, Radio, Select, Switch } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import type { Dayjs } from 'dayjs'
import type { BabyWrite, OutcomeType, PregnancyDetail, VisitView } from '../../../api/types'
import { FormDialog } from '../../../components/FormDialog'
import { ReasonOnRequest } from '../../../components/ReasonOnRequest'
import { OrgUnitDirectorySelect } from '../../../components/OrgUnitDirectorySelect'
import { afterToday, fromIsoDate, todayIso, toIsoDate } from '../../../lib/format'
import { useT } from '../../../lib/i18n'
import { END_TYPES } from '../../../lib/pregnancy'
import { codeLabel, codeOptions, SEXES } from '../../../lib/register'
import { useCorrectPregnancy } from '../api/correct-pregnancy'
import { useDeliverPregnancy } from '../api/deliver-pregnancy'
import { useEndPregnancy } from '../api/end-pregnancy'
import { useTransferPregnancy } from '../api/transfer-pregnancy'
import { useVoidVisit } from '../api/void-visit'
import { PregnancyFields, toPregnancyWrite, type PregnancyFormValues } from './PregnancyFields'

export type PregnancyDialog = 'correct' | 'deliver' | 'end' | 'transfer'

/** A child the delivery put in the register. */
export interface Newborn {
  personId: number
  name: string
}

interface DialogProps {
  detail: PregnancyDetail
  onClose: () => void
}


function DateField({ label }: { label: string }) {
  return (
    <Form.Item name="date" label={label} rules={[{ required: true }]}>
      <DatePicker disabledDate={afterToday} style={{ width: '100%' }} />
    </Form.Item>
  )
}

function ReasonField({ label }: { label?: string }) {
  const t = useT()
  return (
    <Form.Item name="reason" label={label ?? t('common.reason')} rules={[{ required: true, whitespace: true }, { max: 500 }]}>
      <Input.TextArea rows={3} />
    </Form.Item>
  )
}

export function CorrectPregnancyDialog({ detail, onClose }: DialogProps) {
  const t = useT()
  const correct = useCorrectPregnancy()
  const { pregnancy } = detail
  const initialValues: Partial<PregnancyFormValues> = {
    personId: pregnancy.personId,
    lmp: fromIsoDate(pregnancy.lmp),
    ageReason: detail.ageReason,
    edd: detail.eddReason ? fromIsoDate(pregnancy.edd) : undefined,
    eddReason: detail.eddReason,
    birthOrder: detail.birthOrderReason ? pregnancy.birthOrder : undefined,
    birthOrderReason: detail.birthOrderReason,
    riskFactors: detail.risks.map((risk) => risk.code),
    responsibleWorkerId: pregnancy.responsibleWorkerId,
  }
  return (
    <FormDialog<PregnancyFormValues>
      title={`${t('pregnancy.correct')}：${pregnancy.womanName ?? ''}`}
      initialValues={initialValues}
      onSubmit={(values) => correct.mutateAsync({
        pregnancy,
        correction: toPregnancyWrite({ ...values, personId: pregnancy.personId }),
      })}
      onClose={onClose}
      successMessage={t('common.saved')}
      width={640}
    >
      <PregnancyFields />
      <ReasonField label={t('pregnancy.correctionReason')} />
    </FormDialog>
  )
}

interface DeliveryValues {
  date: Dayjs
  place?: string
  babies: Partial<BabyWrite>[]
  /** Asked for by the server for a live birth before 22 weeks. */
  reason?: string
}

function BabyFields({ index, onRemove }: { index: number; onRemove?: () => void }) {
  const t = useT()
  const alive = Form.useWatch<boolean | undefined>(['babies', index, 'alive'])
  return (
    <Card
      size="small"
      title={t('pregnancy.baby', { n: index + 1 })}
      extra={onRemove && <Button type="link" danger onClick={onRemove}>{t('pregnancy.removeBaby')}</Button>}
    >
      <Flex gap="middle" wrap>
        <Form.Item name={[index, 'sex']} label={t('person.sex')} rules={[{ required: true }]}>
          <Radio.Group options={codeOptions(t, 'sex', SEXES)} optionType="button" />
        </Form.Item>
        <Form.Item name={[index, 'weightGrams']} label={t('pregnancy.babyWeight')}>
          <InputNumber min={300} max={7000} precision={0} />
        </Form.Item>
        <Form.Item name={[index, 'alive']} label={t('pregnancy.babyAlive')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Flex>
      {alive !== false && (
        <Form.Item
          name={[index, 'name']}
          label={t('pregnancy.babyName')}
          rules={[{ required: true, whitespace: true, message: t('pregnancy.babyNameRequired') }, { max: 50 }]}
        >
          <Input />
        </Form.Item>
      )}
    </Card>
  )
}

export function DeliverPregnancyDialog({ detail, onClose, onDelivered }: DialogProps & { onDelivered: (newborns: Newborn[]) => void }) {
  const t = useT()
  const deliver = useDeliverPregnancy()
  const submit = async ({ date, place, babies, reason }: DeliveryValues) => {
    const sent: BabyWrite[] = babies.map(({ sex, weightGrams, alive, name }) => ({
      sex: sex!, // required by the form
      weightGrams: weightGrams ?? undefined,
      alive: alive !== false,
      name: alive !== false ? name?.trim() : undefined,
    }))
    const delivered = await deliver.mutateAsync({
      pregnancy: detail.pregnancy,
      delivery: { date: toIsoDate(date)!, place: place?.trim() || undefined, babies: sent, reason: reason?.trim() || undefined },
    })
    // The answer's babies come in the order sent (seq 1, 2, …) and name the registered child; the names are ours.
    onDelivered(delivered.babies.flatMap((baby) => (baby.personId != null
      ? [{ personId: baby.personId, name: sent[baby.seq - 1]?.name ?? '' }] : [])))
  }
  return (
    <FormDialog<DeliveryValues>
      title={`${t('pregnancy.deliver')}：${detail.pregnancy.womanName ?? ''}`}
      initialValues={{ date: fromIsoDate(todayIso()), babies: [{ alive: true }] }}
      onSubmit={submit}
      onClose={onClose}
      successMessage={t('pregnancy.delivered')}
      width={640}
    >
      <DateField label={t('pregnancy.deliveryDate')} />
      <Form.Item name="place" label={t('pregnancy.outcomePlace')} rules={[{ max: 100 }]}>
        <Input />
      </Form.Item>
      <Form.List name="babies">
        {(fields, { add, remove }) => (
          <Flex vertical gap="small">
            {fields.map((field) => (
              <BabyFields key={field.key} index={field.name} onRemove={fields.length > 1 ? () => remove(field.name) : undefined} />
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ alive: true })}>{t('pregnancy.addBaby')}</Button>
          </Flex>
        )}
      </Form.List>
      <ReasonOnRequest name="reason" label={t('pregnancy.earlyBirthReason')} extra={t('pregnancy.earlyBirthReasonHint')} />
    </FormDialog>
  )
}

interface EndValues {
  date: Dayjs
  type: OutcomeType
  reason: string
}

export function EndPregnancyDialog({ detail, onClose }: DialogProps) {
  const t = useT()
  const end = useEndPregnancy()
  return (
    <FormDialog<EndValues>
      title={`${t('pregnancy.end')}：${detail.pregnancy.womanName ?? ''}`}
      onSubmit={({ date, type, reason }) => end.mutateAsync({
        pregnancy: detail.pregnancy,
        end: { date: toIsoDate(date)!, type, reason: reason.trim() },
      })}
      onClose={onClose}
      successMessage={t('common.saved')}
    >
      <DateField label={t('pregnancy.endDate')} />
      <Form.Item name="type" label={t('pregnancy.endType')} rules={[{ required: true }]}>
        <Select options={END_TYPES.map((type) => ({ value: type, label: codeLabel(t, 'outcomeType', type) }))} />
      </Form.Item>
      <ReasonField />
    </FormDialog>
  )
}

interface TransferValues {
  date: Dayjs
  toOrgUnitId: number
  reason: string
}

export function TransferPregnancyDialog({ detail, onClose }: DialogProps) {
  const t = useT()
  const transfer = useTransferPregnancy()
  return (
    <FormDialog<TransferValues>
      title={`${t('pregnancy.transfer')}：${detail.pregnancy.womanName ?? ''}`}
      onSubmit={({ date, toOrgUnitId, reason }) => transfer.mutateAsync({
        pregnancy: detail.pregnancy,
        transfer: { date: toIsoDate(date)!, toOrgUnitId, reason: reason.trim() },
      })}
      onClose={onClose}
      successMessage={t('common.saved')}
    >
      <DateField label={t('pregnancy.transferDate')} />
      <Form.Item name="toOrgUnitId" label={t('pregnancy.transferTo')} rules={[{ required: true }]}>
        <OrgUnitDirectorySelect level="VILLAGE" excludedId={detail.pregnancy.orgUnitId} />
      </Form.Item>
      <ReasonField />
    </FormDialog>
  )
}

export function VoidVisitDialog({ visit, onClose }: { visit: VisitView; onClose: () => void }) {
  const t = useT()
  const voidVisit = useVoidVisit()
  return (
    <FormDialog<{ reason: string }>
      title={t('visit.voidTitle', { date: visit.date, kind: codeLabel(t, 'followUpKind', visit.kind) })}
      onSubmit={({ reason }) => voidVisit.mutateAsync({ visit, request: { reason: reason.trim() } })}
      onClose={onClose}
      successMessage={t('visit.voidDone')}
    >
      <ReasonField label={t('visit.voidReason')} />
    </FormDialog>
  )
}
