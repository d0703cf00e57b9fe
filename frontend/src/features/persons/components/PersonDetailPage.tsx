import { useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { Alert, Button, Card, Descriptions, Result, Space, Spin, Tag } from 'antd'
import type { DescriptionsProps } from 'antd'
import { EditOutlined, EyeOutlined, HeartOutlined } from '@ant-design/icons'
import type { PersonDetail, PersonIdentity } from '../../../api/types'
import { usePerson } from '../../../api/get-person'
import { useOrgUnitNames } from '../../../api/org-unit-tree'
import { IdText, PersonTags, ResidenceTag } from '../../../components/register/person-columns'
import { EditPersonDialog } from '../../../components/register/PersonFormDialog'
import { hasAnyRole, useCurrentUser } from '../../../lib/auth'
import { ethnicityName } from '../../../lib/ethnicities'
import { useT } from '../../../lib/i18n'
import { PREGNANCY_WRITE_ROLES } from '../../../lib/pregnancy'
import { codeLabel, IDENTITY_ROLES, REGISTER_WRITE_ROLES } from '../../../lib/register'
import { RevealIdentityDialog } from './RevealIdentityDialog'

function useDescriptionItems(person: PersonDetail, identity: PersonIdentity | undefined): DescriptionsProps['items'] {
  const t = useT()
  const villages = useOrgUnitNames()
  const floatingIn = person.residenceStatus === 'FLOATING_IN'
  const floatingOut = person.residenceStatus === 'FLOATING_OUT'
  const items: (NonNullable<DescriptionsProps['items']>[number] | false)[] = [
    { key: 'name', label: t('person.name'), children: person.name },
    { key: 'sex', label: t('person.sex'), children: codeLabel(t, 'sex', person.sex) },
    { key: 'birthDate', label: t('person.birthDate'), children: person.birthDate },
    { key: 'age', label: t('person.age'), children: person.age },
    { key: 'idNumber', label: t('person.idNumber'), children: <IdText value={identity?.idNumber ?? person.idNumber} /> },
    { key: 'phone', label: t('person.phone'), children: <IdText value={identity ? identity.phone : person.phone} /> },
    { key: 'ethnicity', label: t('person.ethnicity'), children: ethnicityName(person.ethnicityCode) },
    { key: 'maritalStatus', label: t('person.maritalStatus'), children: codeLabel(t, 'marital', person.maritalStatus) },
    { key: 'marriageDate', label: t('person.marriageDate'), children: person.marriageDate },
    { key: 'village', label: t('person.village'), children: villages.get(person.orgUnitId) ?? '' },
    {
      key: 'household',
      label: t('person.household'),
      children: person.householdId != null
        ? <Link to={`/households/${person.householdId}`}>{t('person.viewHousehold')}</Link>
        : t('person.noHousehold'),
    },
    { key: 'relation', label: t('person.relation'), children: codeLabel(t, 'relation', person.relation) },
    { key: 'residence', label: t('person.residenceStatus'), children: <ResidenceTag status={person.residenceStatus} /> },
    floatingIn && { key: 'originRegion', label: t('person.originRegion'), children: person.originRegion },
    floatingIn && { key: 'arrivalDate', label: t('person.arrivalDate'), children: person.arrivalDate },
    floatingIn && { key: 'stayUntil', label: t('person.stayUntil'), children: person.stayUntil },
    floatingOut && { key: 'destination', label: t('person.destination'), children: person.destination },
    floatingOut && { key: 'departureDate', label: t('person.departureDate'), children: person.departureDate },
    !person.alive && { key: 'deathDate', label: t('person.deathDate'), children: person.deathDate },
    person.fatherId != null && {
      key: 'father', label: t('person.father'), children: <Link to={`/persons/${person.fatherId}`}>{t('common.view')}</Link>,
    },
    person.motherId != null && {
      key: 'mother', label: t('person.mother'), children: <Link to={`/persons/${person.motherId}`}>{t('common.view')}</Link>,
    },
    {
      key: 'status',
      label: t('person.status'),
      children: (
        <Space size={4} wrap>
          <Tag color={person.status === 'ACTIVE' ? 'green' : 'default'}>{codeLabel(t, 'personStatus', person.status)}</Tag>
          <PersonTags person={person} />
          {person.mergedIntoId != null && (
            <Link to={`/persons/${person.mergedIntoId}`}>{t('person.mergedInto')}</Link>
          )}
        </Space>
      ),
    },
  ]
  return items.filter((item) => item !== false)
}

function PersonDescriptions({ person }: { person: PersonDetail }) {
  const t = useT()
  const user = useCurrentUser()
  const [identity, setIdentity] = useState<PersonIdentity>()
  const [dialog, setDialog] = useState<'reveal' | 'edit'>()
  const items = useDescriptionItems(person, identity)
  const canReveal = hasAnyRole(user, IDENTITY_ROLES)
  const canEdit = hasAnyRole(user, REGISTER_WRITE_ROLES) && person.status === 'ACTIVE'
  const canRegisterPregnancy = hasAnyRole(user, PREGNANCY_WRITE_ROLES) && person.sex === 'FEMALE' && person.alive
    && person.status === 'ACTIVE'
  const navigate = useNavigate()
  return (
    <Card
      title={`${t('person.detail')}：${person.name}`}
      extra={(
        <Space>
          {canReveal && !identity && (
            <Button icon={<EyeOutlined />} onClick={() => setDialog('reveal')}>{t('person.revealIdentity')}</Button>
          )}
          {canRegisterPregnancy && (
            <Button icon={<HeartOutlined />} onClick={() => navigate(`/pregnancies/new?personId=${person.id}`)}>
              {t('pregnancy.register')}
            </Button>
          )}
          {canEdit && (
            <Button type="primary" icon={<EditOutlined />} onClick={() => setDialog('edit')}>{t('common.edit')}</Button>
          )}
        </Space>
      )}
    >
      {identity && <Alert type="warning" showIcon title={t('person.revealed')} style={{ marginBottom: 16 }} />}
      <Descriptions bordered size="small" column={{ xs: 1, sm: 2, lg: 3 }} items={items} />
      {dialog === 'reveal' && (
        <RevealIdentityDialog personId={person.id} onRevealed={setIdentity} onClose={() => setDialog(undefined)} />
      )}
      {dialog === 'edit' && <EditPersonDialog person={person} onClose={() => setDialog(undefined)} />}
    </Card>
  )
}

/** A person's page (/persons/:id): every field in words, the full identifiers on request, editing. */
export function PersonDetailPage() {
  const t = useT()
  const id = Number(useParams().id)
  const person = usePerson(id)
  if (person.data) return <PersonDescriptions key={`${person.data.id}:${person.data.version}`} person={person.data} />
  if (person.isError) return <Result status="404" title={t('person.notFound')} />
  return <Spin />
}
