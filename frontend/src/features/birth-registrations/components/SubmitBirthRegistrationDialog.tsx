import { useEffect } from 'react'
import { DatePicker, Form, InputNumber, Radio } from 'antd'
import type { Dayjs } from 'dayjs'
import type { BirthRegistrationChannel, BirthRegistrationDetail } from '../../../api/types'
import { FormDialog } from '../../../components/FormDialog'
import { afterToday, toIsoDate } from '../../../lib/format'
import { useT } from '../../../lib/i18n'
import { useChildOrderHint } from '../api/get-child-order-hint'
import { useSubmitBirthRegistration } from '../api/submit-birth-registration'
import { APPROVAL_FROM_CHILD, BIRTH_CHANNELS } from '../codes'
import { ChildOrderReason } from './BirthRegistrationStepDialogs'
import { PersonSearchSelect } from '../../../components/register/PersonSearchSelect'
import { codeLabel, codeOptions } from '../../../lib/register'

interface FormValues {
  motherId: number
  fatherId: number
  marriageDate: Dayjs
  childOrder: number
  childOrderReason?: string
  channel: BirthRegistrationChannel
}

/** The child order, proposed from the mother's children in the register as soon as she is picked; editable. */
function ChildOrderField() {
  const t = useT()
  const form = Form.useFormInstance<FormValues>()
  const motherId = Form.useWatch('motherId', form)
  const childOrder = Form.useWatch('childOrder', form)
  const hint = useChildOrderHint(motherId)
  useEffect(() => {
    if (hint.data) form.setFieldValue('childOrder', hint.data.childOrder)
  }, [hint.data, form])
  const kind = childOrder ? codeLabel(t, 'birthKind', childOrder >= APPROVAL_FROM_CHILD ? 'APPROVAL' : 'REGISTRATION') : undefined
  return (
    <Form.Item
      name="childOrder"
      label={t('birth.childOrder')}
      rules={[{ required: true }, { type: 'integer', min: 1, max: 20 }]}
      extra={[
        hint.data && motherId != null
          ? t('birth.childOrderHint', { children: hint.data.childrenInRegister, order: hint.data.childOrder }) : undefined,
        kind ? t('birth.kindFollows', { kind }) : undefined,
      ].filter(Boolean).join('；')}
    >
      <InputNumber min={1} max={20} precision={0} style={{ width: 120 }} />
    </Form.Item>
  )
}

/** The child order and, when it is not the register's, why (the reviewer sees it). */
function ChildOrderFields() {
  const motherId = Form.useWatch<number | undefined>('motherId')
  const hint = useChildOrderHint(motherId)
  return (
    <>
      <ChildOrderField />
      <ChildOrderReason expected={motherId != null ? hint.data?.childOrder : undefined} />
    </>
  )
}

/** 提交申请: the couple from the register, their marriage date and the child's order; the kind follows from the order. */
export function SubmitBirthRegistrationDialog({ onClose, onSubmitted }: {
  onClose: () => void
  onSubmitted: (detail: BirthRegistrationDetail) => void
}) {
  const t = useT()
  const submit = useSubmitBirthRegistration()
  return (
    <FormDialog<FormValues>
      title={t('birth.submit')}
      initialValues={{ channel: 'OFFICE' }}
      onSubmit={async (values) => onSubmitted(await submit.mutateAsync({
        motherId: values.motherId,
        fatherId: values.fatherId,
        marriageDate: toIsoDate(values.marriageDate)!,
        childOrder: values.childOrder,
        childOrderReason: values.childOrderReason?.trim() || undefined,
        channel: values.channel,
      }))}
      onClose={onClose}
      successMessage={t('common.saved')}
    >
      <Form.Item name="motherId" label={t('birth.mother')} rules={[{ required: true }]}>
        <PersonSearchSelect sex="FEMALE" placeholder={t('birth.pickMother')} />
      </Form.Item>
      <Form.Item name="fatherId" label={t('birth.father')} rules={[{ required: true }]}>
        <PersonSearchSelect sex="MALE" placeholder={t('birth.pickFather')} />
      </Form.Item>
      <Form.Item name="marriageDate" label={t('birth.marriageDate')} rules={[{ required: true }]}>
        <DatePicker disabledDate={afterToday} style={{ width: '100%' }} />
      </Form.Item>
      <ChildOrderFields />
      <Form.Item name="channel" label={t('birth.channel')} rules={[{ required: true }]}>
        <Radio.Group options={codeOptions(t, 'birthChannel', BIRTH_CHANNELS)} optionType="button" />
      </Form.Item>
    </FormDialog>
  )
}
