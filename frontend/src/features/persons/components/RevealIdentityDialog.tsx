import { Form, Input } from 'antd'
import type { PersonIdentity, RevealRequest } from '../../../api/types'
import { useRevealPersonIdentity } from '../../../api/reveal-person-identity'
import { FormDialog } from '../../../components/FormDialog'
import { useT } from '../../../lib/i18n'

interface Props {
  personId: number
  onRevealed: (identity: PersonIdentity) => void
  onClose: () => void
}

/** Asks why the full ID number and phone are needed (the audit log keeps it), then hands them over. */
export function RevealIdentityDialog({ personId, onRevealed, onClose }: Props) {
  const t = useT()
  const reveal = useRevealPersonIdentity()
  return (
    <FormDialog<RevealRequest>
      title={t('person.revealIdentity')}
      onSubmit={async (request) => onRevealed(await reveal.mutateAsync({ personId, request }))}
      onClose={onClose}
    >
      <Form.Item
        name="purpose"
        label={t('person.revealPurpose')}
        extra={t('person.revealPurposeHint')}
        rules={[{ required: true, whitespace: true }, { max: 200 }]}
      >
        <Input />
      </Form.Item>
    </FormDialog>
  )
}
