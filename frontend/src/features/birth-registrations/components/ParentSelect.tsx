import { useState } from 'react'
import { Select } from 'antd'
import type { Sex } from '../../../api/types'
import { useOrgUnitNames } from '../../../api/org-unit-tree'
import { usePersonSearch } from '../../../api/search-persons'

interface Option {
  value: number
  label: string
}

interface Props {
  id?: string
  value?: number
  onChange?: (value: number | undefined) => void
  sex: Sex
  placeholder: string
}

/** Picks the husband or the wife by the register's search (name, ID number or its tail); a Form control. */
export function ParentSelect({ id, value, onChange, sex, placeholder }: Props) {
  const villages = useOrgUnitNames()
  const [q, setQ] = useState('')
  const [picked, setPicked] = useState<Option>()
  const text = q.trim()
  const persons = usePersonSearch({ q: text, sex, page: 0, size: 20 }, text.length > 0)
  const found: Option[] = (persons.data?.items ?? []).map((person) => ({
    value: person.id,
    label: `${person.name} · ${person.idNumber} · ${villages.get(person.orgUnitId) ?? ''}`,
  }))
  // the picked one stays labelled once the search text is gone
  const options = text ? found : picked && picked.value === value ? [picked] : []
  return (
    <Select<number, Option>
      id={id}
      value={value}
      onChange={(next, option) => {
        setPicked(Array.isArray(option) ? undefined : option)
        onChange?.(next)
      }}
      options={options}
      loading={persons.isFetching}
      placeholder={placeholder}
      showSearch={{ filterOption: false, onSearch: setQ }}
      notFoundContent={null}
      allowClear
    />
  )
}
