import { useState } from 'react'
import { Select } from 'antd'
import { useOrgUnitNames } from '../../../api/org-unit-tree'
import { usePersonSearch } from '../../../api/search-persons'
import { useT } from '../../../lib/i18n'

interface Props {
  id?: string
  value?: number
  onChange?: (value: number) => void
}

/** Picks a registered person who is in no household (the only ones a household can take in); a Form control. */
export function PersonWithoutHouseholdSelect({ id, value, onChange }: Props) {
  const t = useT()
  const villages = useOrgUnitNames()
  const [q, setQ] = useState('')
  const text = q.trim()
  const persons = usePersonSearch({ q: text, page: 0, size: 50 }, text.length > 0)
  const options = (persons.data?.items ?? [])
    .filter((person) => person.householdId == null)
    .map((person) => ({
      value: person.id,
      label: `${person.name} · ${person.idNumber} · ${villages.get(person.orgUnitId) ?? ''}`,
    }))
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      options={text ? options : []}
      loading={persons.isFetching}
      placeholder={t('household.pickPersonPlaceholder')}
      showSearch={{ filterOption: false, onSearch: setQ }}
      notFoundContent={null}
      allowClear
    />
  )
}
