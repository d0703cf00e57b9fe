import { Form, Input, Radio } from 'antd'
import type { DuplicateCandidate, DuplicateDismiss, DuplicateMerge, PersonView } from '../../../api/types'
import { FormDialog } from '../../../components/FormDialog'
import { useOrgUnitNames } from '../../../api/org-unit-tree'
import { useT } from '../../../lib/i18n'
import { codeLabel } from '../../../lib/register'
import { useDismissDuplicate } from '../api/dismiss-duplicate'
import { useMergeDuplicate } from '../api/merge-duplicate'

interface Props {
  candidate: DuplicateCandidate
  onClose: () => void
}

function ReasonField() {
  const t = useT()
  return (
    <Form.Item name="reason" label={t('common.reason')} rules={[{ required: true, whitespace: true }, { max: 500 }]}>
      <Input.TextArea rows={3} />
    </Form.Item>
  )
}

/**
 * Which record stays (the other is retired and points to it), and why. Both must be in the caller's area and have the
 * same sex and birth date (shown, so the officer sees why a merge is refused); a kept record without ID number takes
 * the other's.
 */
export function MergeDuplicateDialog({ candidate, onClose }: Props) {
  const t = useT()
  const villages = useOrgUnitNames()
  const merge = useMergeDuplicate()
  const choice = (person: PersonView) => ({
    value: person.id,
    label: [person.name, codeLabel(t, 'sex', person.sex), person.birthDate, person.idNumber ?? t('duplicates.noIdNumber'),
      villages.get(person.orgUnitId) ?? ''].join(' · '),
  })
  const options = [candidate.person, candidate.other].filter((person): person is PersonView => !!person).map(choice)
  return (
    <FormDialog<DuplicateMerge>
      title={t('duplicates.mergeTitle')}
      width={600}
      onSubmit={(values) => merge.mutateAsync({ candidate, merge: { ...values, reason: values.reason.trim() } })}
      onClose={onClose}
      successMessage={t('common.saved')}
    >
      <Form.Item name="keepPersonId" label={t('duplicates.keep')} rules={[{ required: true }]}>
        <Radio.Group options={options} style={{ display: 'flex', flexDirection: 'column', gap: 8 }} />
      </Form.Item>
      <ReasonField />
    </FormDialog>
  )
}

export function DismissDuplicateDialog({ candidate, onClose }: Props) {
  const t = useT()
  const dismiss = useDismissDuplicate()
  return (
    <FormDialog<DuplicateDismiss>
      title={t('duplicates.dismissTitle')}
      onSubmit={(values) => dismiss.mutateAsync({ candidate, dismiss: { reason: values.reason.trim() } })}
      onClose={onClose}
      successMessage={t('common.saved')}
    >
      <ReasonField />
    </FormDialog>
  )
}
