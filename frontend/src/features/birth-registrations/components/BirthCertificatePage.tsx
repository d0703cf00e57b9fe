import { useState } from 'react'
import { useNavigate, useParams } from 'react-router'
import { Button, Flex, Form, Input, Result, Spin } from 'antd'
import { ArrowLeftOutlined, EyeOutlined, PrinterOutlined } from '@ant-design/icons'
import type { BirthRegistrationDetail, BirthRegistrationParent } from '../../../api/types'
import { revealPersonIdentity } from '../../../api/reveal-person-identity'
import { FormDialog } from '../../../components/FormDialog'
import { hasAnyRole, useCurrentUser } from '../../../lib/auth'
import { useT } from '../../../lib/i18n'
import { codeLabel, IDENTITY_ROLES } from '../../../lib/register'
import { useBirthRegistration } from '../api/get-birth-registration'
import { PRINTABLE } from '../codes'
import './certificate.css'

/** Person id → full ID number, once revealed. */
type FullIds = Record<number, string | undefined>

/** Asks why once, then reads both full ID numbers (each read is audited with that purpose). */
function RevealBothDialog({ detail, onRevealed, onClose }: {
  detail: BirthRegistrationDetail
  onRevealed: (ids: FullIds) => void
  onClose: () => void
}) {
  const t = useT()
  return (
    <FormDialog<{ purpose: string }>
      title={t('birth.showFullIds')}
      initialValues={{ purpose: t('birth.revealPurposeDefault') }}
      onSubmit={async ({ purpose }) => {
        const request = { purpose: purpose.trim() }
        const [father, mother] = await Promise.all([
          revealPersonIdentity({ personId: detail.father.id, request }),
          revealPersonIdentity({ personId: detail.mother.id, request }),
        ])
        onRevealed({ [father.id]: father.idNumber, [mother.id]: mother.idNumber })
      }}
      onClose={onClose}
    >
      <Form.Item name="purpose" label={t('birth.revealPurpose')} rules={[{ required: true, whitespace: true }, { max: 200 }]}>
        <Input />
      </Form.Item>
    </FormDialog>
  )
}

function dateParts(iso: string | undefined) {
  const [year, month, day] = (iso ?? '').split('-')
  return { year, month: String(Number(month)), day: String(Number(day)) }
}

function Certificate({ detail, fullIds }: { detail: BirthRegistrationDetail; fullIds: FullIds }) {
  const t = useT()
  const idOf = (parent: BirthRegistrationParent) => fullIds[parent.id] ?? parent.idNumber
  const row = (label: string, father: string, mother: string) => (
    <tr><th scope="row">{label}</th><td>{father}</td><td>{mother}</td></tr>
  )
  const intro = detail.status === 'REJECTED'
    ? t('birth.certificateRejected', { order: detail.childOrder })
    : t('birth.certificateIntro', { order: detail.childOrder, kind: codeLabel(t, 'birthKind', detail.kind) })
  return (
    <article className="birth-certificate" aria-label={t('birth.printView')}>
      <h1>{t(detail.kind === 'REGISTRATION' ? 'birth.certificateRegistration' : 'birth.certificateApproval')}</h1>
      {detail.number && <p className="certificate-number">{t('birth.certificateNumber', { number: detail.number })}</p>}
      <p>{intro}</p>
      <table>
        <thead>
          <tr><th scope="col" aria-hidden /><th scope="col">{t('birth.father')}</th><th scope="col">{t('birth.mother')}</th></tr>
        </thead>
        <tbody>
          {row(t('person.name'), detail.father.name, detail.mother.name)}
          {row(t('birth.idNumber'), idOf(detail.father), idOf(detail.mother))}
          {row(t('birth.birthDate'), detail.father.birthDate, detail.mother.birthDate)}
          {row(t('birth.ethnicity'), detail.father.ethnicity ?? '', detail.mother.ethnicity ?? '')}
        </tbody>
      </table>
      <table>
        <tbody>
          <tr><th scope="row">{t('birth.marriageDate')}</th><td>{detail.marriageDate}</td></tr>
          <tr><th scope="row">{t('birth.childOrder')}</th><td>{t('birth.childOrderValue', { order: detail.childOrder })}</td></tr>
          <tr><th scope="row">{t('birth.village')}</th><td>{`${detail.townName}${detail.villageName}`}</td></tr>
          <tr><th scope="row">{t('birth.submittedOn')}</th><td>{detail.submittedOn}</td></tr>
          {detail.villageOpinion && <tr><th scope="row">{t('birth.villageOpinion')}</th><td>{detail.villageOpinion}</td></tr>}
          {detail.decisionReason && <tr><th scope="row">{t('birth.decisionReason')}</th><td>{detail.decisionReason}</td></tr>}
        </tbody>
      </table>
      <div className="certificate-issuer">
        <p>{t('birth.certificateIssuer', { town: detail.townName })} {t('birth.seal')}</p>
        <p>{t('birth.certificateDate', dateParts(detail.decidedOn))}</p>
      </div>
    </article>
  )
}

/** The print view (/birth-registrations/:id/print): the certificate as it goes on paper, with 打印. */
export function BirthCertificatePage() {
  const t = useT()
  const navigate = useNavigate()
  const id = Number(useParams().id)
  const registration = useBirthRegistration(id)
  const canReveal = hasAnyRole(useCurrentUser(), IDENTITY_ROLES)
  const [fullIds, setFullIds] = useState<FullIds>({})
  const [revealing, setRevealing] = useState(false)
  const detail = registration.data
  if (registration.isError) return <Result status="404" title={t('birth.notFound')} />
  if (!detail) return <Spin />
  if (!PRINTABLE.includes(detail.status)) return <Result status="warning" title={codeLabel(t, 'birthStatus', detail.status)} />
  return (
    <Flex vertical gap="middle">
      <Flex className="no-print" justify="space-between" wrap gap="small">
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(`/birth-registrations/${detail.id}`)}>{t('birth.back')}</Button>
        <Flex gap="small">
          {canReveal && Object.keys(fullIds).length === 0 && (
            <Button icon={<EyeOutlined />} onClick={() => setRevealing(true)}>{t('birth.showFullIds')}</Button>
          )}
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>{t('birth.print')}</Button>
        </Flex>
      </Flex>
      <Certificate detail={detail} fullIds={fullIds} />
      {revealing && <RevealBothDialog detail={detail} onRevealed={setFullIds} onClose={() => setRevealing(false)} />}
    </Flex>
  )
}
