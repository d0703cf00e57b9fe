import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { Table, Typography } from 'antd'
import type { TableColumnsType } from 'antd'
import type { DuplicateCandidate, PersonView } from '../../../api/types'
import { useOrgUnitNames } from '../../../api/org-unit-tree'
import { IdText, PersonTags, ResidenceTag } from '../../../components/register/person-columns'
import { useT } from '../../../lib/i18n'
import { codeLabel } from '../../../lib/register'

interface Row {
  key: string
  label: string
  /** What is compared: equal texts are one person's, differing ones are marked. */
  text: (person: PersonView) => string
  show?: (person: PersonView) => ReactNode
}

/** Both records of a pair side by side, field by field, with the differences marked. */
export function DuplicateCompare({ candidate }: { candidate: DuplicateCandidate }) {
  const t = useT()
  const villages = useOrgUnitNames()
  const rows: Row[] = [
    { key: 'name', label: t('person.name'), text: (p) => p.name, show: (p) => <Link to={`/persons/${p.id}`}>{p.name}</Link> },
    { key: 'sex', label: t('person.sex'), text: (p) => codeLabel(t, 'sex', p.sex) },
    { key: 'birthDate', label: t('person.birthDate'), text: (p) => p.birthDate },
    { key: 'idNumber', label: t('person.idNumber'), text: (p) => p.idNumber ?? '', show: (p) => <IdText value={p.idNumber} /> },
    { key: 'phone', label: t('person.phone'), text: (p) => p.phone ?? '', show: (p) => <IdText value={p.phone} /> },
    { key: 'village', label: t('person.village'), text: (p) => villages.get(p.orgUnitId) ?? '' },
    {
      key: 'household',
      label: t('person.household'),
      text: (p) => String(p.householdId ?? ''),
      show: (p) => (p.householdId != null
        ? <Link to={`/households/${p.householdId}`}>{t('person.viewHousehold')}</Link>
        : t('person.noHousehold')),
    },
    { key: 'relation', label: t('person.relation'), text: (p) => codeLabel(t, 'relation', p.relation) },
    {
      key: 'residence',
      label: t('person.residenceStatus'),
      text: (p) => p.residenceStatus,
      show: (p) => <ResidenceTag status={p.residenceStatus} />,
    },
    { key: 'tags', label: '', text: () => '', show: (p) => <PersonTags person={p} /> },
  ]
  const cell = (person: PersonView | undefined, row: Row, other: PersonView | undefined) => {
    if (!person) return <Typography.Text type="secondary">{t('duplicates.outsideArea')}</Typography.Text>
    const content = row.show ? row.show(person) : row.text(person)
    const differs = other && row.text(person) !== row.text(other)
    return differs ? <Typography.Text mark>{content}</Typography.Text> : content
  }
  const { person, other } = candidate
  const columns: TableColumnsType<Row> = [
    { key: 'label', title: '', dataIndex: 'label', width: 120 },
    { key: 'person', title: t('duplicates.person'), render: (_, row) => cell(person, row, other) },
    { key: 'other', title: t('duplicates.other'), render: (_, row) => cell(other, row, person) },
  ]
  return <Table<Row> rowKey="key" size="small" bordered columns={columns} dataSource={rows} pagination={false} />
}
