// How the register's lists show a person (search results, household members, floating stays, duplicates).
import { Link } from 'react-router'
import { Space, Tag, Typography } from 'antd'
import type { TableColumnsType } from 'antd'
import type { PersonView, ResidenceStatus } from '../../api/types'
import { useOrgUnitNames } from '../../api/org-unit-tree'
import { useT } from '../../lib/i18n'
import { codeLabel, RESIDENCE_COLORS } from '../../lib/register'

export function ResidenceTag({ status }: { status: ResidenceStatus }) {
  const t = useT()
  return <Tag color={RESIDENCE_COLORS[status]}>{codeLabel(t, 'residence', status)}</Tag>
}

/** 育龄 for a woman of childbearing age, 已故 for the dead. */
export function PersonTags({ person }: { person: Pick<PersonView, 'childbearingAge' | 'alive'> }) {
  const t = useT()
  return (
    <Space size={4}>
      {person.childbearingAge && <Tag color="magenta">{t('person.childbearingTag')}</Tag>}
      {!person.alive && <Tag>{t('person.deceased')}</Tag>}
    </Space>
  )
}

/** A masked (or full) identifier in a fixed-width font, so the digits line up. */
export function IdText({ value }: { value?: string | null }) {
  return value ? <Typography.Text code style={{ whiteSpace: 'nowrap' }}>{value}</Typography.Text> : null
}

export type PersonColumnKey =
  | 'name' | 'sex' | 'idNumber' | 'age' | 'birthDate' | 'village' | 'relation' | 'residence' | 'tags' | 'phone'

const ALL: readonly PersonColumnKey[] = ['name', 'sex', 'idNumber', 'age', 'village', 'relation', 'residence', 'tags', 'phone']

/** The columns of a person list, in a fixed order; `keys` picks some of them. Names link to the person's page. */
export function usePersonColumns(keys: readonly PersonColumnKey[] = ALL): TableColumnsType<PersonView> {
  const t = useT()
  const villages = useOrgUnitNames()
  const columns: Record<PersonColumnKey, TableColumnsType<PersonView>[number]> = {
    name: {
      key: 'name',
      title: t('person.name'),
      render: (_, person) => <Link to={`/persons/${person.id}`}>{person.name}</Link>,
    },
    sex: { key: 'sex', title: t('person.sex'), render: (_, person) => codeLabel(t, 'sex', person.sex) },
    idNumber: { key: 'idNumber', title: t('person.idNumber'), render: (_, person) => <IdText value={person.idNumber} /> },
    age: { key: 'age', title: t('person.age'), dataIndex: 'age', align: 'right' },
    birthDate: { key: 'birthDate', title: t('person.birthDate'), dataIndex: 'birthDate' },
    village: { key: 'village', title: t('person.village'), render: (_, person) => villages.get(person.orgUnitId) ?? '' },
    relation: { key: 'relation', title: t('person.relation'), render: (_, person) => codeLabel(t, 'relation', person.relation) },
    residence: {
      key: 'residence',
      title: t('person.residenceStatus'),
      render: (_, person) => <ResidenceTag status={person.residenceStatus} />,
    },
    tags: { key: 'tags', title: '', render: (_, person) => <PersonTags person={person} /> },
    phone: { key: 'phone', title: t('person.phone'), render: (_, person) => <IdText value={person.phone} /> },
  }
  return keys.map((key) => columns[key])
}
