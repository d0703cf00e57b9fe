// The dialogs of the procedure's steps: each sends the application's version in If-Match and answers it as it is now.
import { Alert, DatePicker, Form, Input, InputNumber } from 'antd'
import type { Dayjs } from 'dayjs'
import type { BirthRegistrationAction, BirthRegistrationDetail } from '../../../api/types'
import { FormDialog } from '../../../components/FormDialog'
import { ReasonOnRequest } from '../../../components/ReasonOnRequest'
import { afterToday, fromIsoDate, toIsoDate } from '../../../lib/format'
import { useT } from '../../../lib/i18n'
import type { MessageKey } from '../../../lib/messages/zh-CN'
import { useApproveBirthRegistration } from '../api/approve-birth-registration'
import { useRegisterBirth } from '../api/register-birth'
import { useRejectBirthRegistration } from '../api/reject-birth-registration'
import { useResubmitBirthRegistration } from '../api/resubmit-birth-registration'
import { useReturnBirthRegistration } from '../api/return-birth-registration'
import { useVillageReviewBirthRegistration } from '../api/village-review-birth-registration'
import { APPROVAL_FROM_CHILD } from '../codes'
import { codeLabel } from '../../../lib/register'

interface Props {
  detail: BirthRegistrationDetail
  onClose: () => void
}

function TextField({ name, label, required }: { name: string; label: MessageKey; required: boolean }) {
  const t = useT()
  return (
    <Form.Item name={name} label={t(label)} rules={[{ required, whitespace: required }, { max: 500 }]}>
      <Input.TextArea rows={3} />
    </Form.Item>
  )
}

function useStepTitle(action: BirthRegistrationAction, detail: BirthRegistrationDetail) {
  const t = useT()
  return `${codeLabel(t, 'birthAction', action)}：${detail.mother.name}、${detail.father.name}`
}

function useDone(action: BirthRegistrationAction) {
  const t = useT()
  return t('birth.stepDone', { action: codeLabel(t, 'birthAction', action) })
}

function RegisterDialog({ detail, onClose }: Props) {
  const t = useT()
  const register = useRegisterBirth()
  return (
    <FormDialog<{ remark?: string }>
      title={useStepTitle('REGISTER', detail)}
      onSubmit={(values) => register.mutateAsync({ registration: detail, remark: { remark: values.remark?.trim() || undefined } })}
      onClose={onClose}
      successMessage={useDone('REGISTER')}
    >
      <Alert type="info" showIcon title={t('birth.registerConfirm')} style={{ marginBottom: 16 }} />
      <TextField name="remark" label="birth.remark" required={false} />
    </FormDialog>
  )
}

function ApproveDialog({ detail, onClose }: Props) {
  const t = useT()
  const approve = useApproveBirthRegistration()
  return (
    <FormDialog<{ remark?: string }>
      title={useStepTitle('APPROVE', detail)}
      onSubmit={(values) => approve.mutateAsync({ registration: detail, remark: { remark: values.remark?.trim() || undefined } })}
      onClose={onClose}
      successMessage={useDone('APPROVE')}
    >
      <Alert type="info" showIcon title={t('birth.approveConfirm')} style={{ marginBottom: 16 }} />
      <TextField name="remark" label="birth.remark" required={false} />
    </FormDialog>
  )
}

function ReturnDialog({ detail, onClose }: Props) {
  const returnIt = useReturnBirthRegistration()
  return (
    <FormDialog<{ reason: string }>
      title={useStepTitle('RETURN', detail)}
      onSubmit={(values) => returnIt.mutateAsync({ registration: detail, reason: { reason: values.reason.trim() } })}
      onClose={onClose}
      successMessage={useDone('RETURN')}
    >
      <TextField name="reason" label="birth.returnReason" required />
    </FormDialog>
  )
}

function RejectDialog({ detail, onClose }: Props) {
  const reject = useRejectBirthRegistration()
  return (
    <FormDialog<{ reason: string }>
      title={useStepTitle('REJECT', detail)}
      onSubmit={(values) => reject.mutateAsync({ registration: detail, reason: { reason: values.reason.trim() } })}
      onClose={onClose}
      successMessage={useDone('REJECT')}
    >
      <TextField name="reason" label="birth.rejectReason" required />
    </FormDialog>
  )
}

function VillageReviewDialog({ detail, onClose }: Props) {
  const review = useVillageReviewBirthRegistration()
  return (
    <FormDialog<{ opinion: string }>
      title={useStepTitle('VILLAGE_REVIEW', detail)}
      onSubmit={(values) => review.mutateAsync({ registration: detail, review: { opinion: values.opinion.trim() } })}
      onClose={onClose}
      successMessage={useDone('VILLAGE_REVIEW')}
    >
      <TextField name="opinion" label="birth.villageOpinion" required />
    </FormDialog>
  )
}

/** The child order's reason, shown as soon as the order differs from the register's children + 1 (or the server asks). */
export function ChildOrderReason({ expected }: { expected?: number }) {
  const t = useT()
  const childOrder = Form.useWatch<number | undefined>('childOrder')
  return (
    <ReasonOnRequest name="childOrderReason" label={t('birth.childOrderReason')} extra={t('birth.childOrderReasonHint')}
      shown={childOrder != null && expected != null && childOrder !== expected} />
  )
}

function ResubmitDialog({ detail, onClose }: Props) {
  const t = useT()
  const resubmit = useResubmitBirthRegistration()
  return (
    <FormDialog<{ marriageDate: Dayjs; childOrder: number; childOrderReason?: string; note?: string }>
      title={useStepTitle('RESUBMIT', detail)}
      initialValues={{
        marriageDate: fromIsoDate(detail.marriageDate), childOrder: detail.childOrder, childOrderReason: detail.childOrderReason,
      }}
      onSubmit={(values) => resubmit.mutateAsync({
        registration: detail,
        resubmission: {
          marriageDate: toIsoDate(values.marriageDate),
          childOrder: values.childOrder,
          childOrderReason: values.childOrderReason?.trim() || undefined,
          note: values.note?.trim() || undefined,
        },
      })}
      onClose={onClose}
      successMessage={useDone('RESUBMIT')}
    >
      {detail.decisionReason && <Alert type="warning" showIcon title={`${t('birth.returnReason')}：${detail.decisionReason}`} style={{ marginBottom: 16 }} />}
      <Form.Item name="marriageDate" label={t('birth.marriageDate')} rules={[{ required: true }]}>
        <DatePicker disabledDate={afterToday} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="childOrder" label={t('birth.childOrder')} rules={[{ required: true }]}>
        <InputNumber min={1} max={APPROVAL_FROM_CHILD - 1} precision={0} style={{ width: 120 }} />
      </Form.Item>
      <ChildOrderReason expected={detail.childrenInRegister + 1} />
      <TextField name="note" label="birth.note" required={false} />
    </FormDialog>
  )
}

/** The dialog of one step; SUBMIT has its own (a new application). */
export function BirthRegistrationStepDialog({ action, detail, onClose }: Props & { action: BirthRegistrationAction }) {
  switch (action) {
    case 'REGISTER': return <RegisterDialog detail={detail} onClose={onClose} />
    case 'APPROVE': return <ApproveDialog detail={detail} onClose={onClose} />
    case 'RETURN': return <ReturnDialog detail={detail} onClose={onClose} />
    case 'REJECT': return <RejectDialog detail={detail} onClose={onClose} />
    case 'VILLAGE_REVIEW': return <VillageReviewDialog detail={detail} onClose={onClose} />
    case 'RESUBMIT': return <ResubmitDialog detail={detail} onClose={onClose} />
    default: return null
  }
}
