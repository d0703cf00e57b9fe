import { useState } from 'react'
import { Select } from 'antd'
import type { PersonView, Sex } from '../../../api/types'
import { useOrgUnitNames } from '../../../api/org-unit-tree'
import { usePersonSearch } from '../../../api/search-persons'
import { useT } from '../../../lib/i18n'

interface Props {
  id?: string
  value?: number
  onChange?: (value: number | undefined) => void
  /** Only persons of this sex are offered (the wife a woman, the husband a man). */
  sex: Sex
  placeholder: string
  'aria-label'?: string
}

/** Picks a partner of a couple from the register, by the register's own search; a Form control. */
export function CouplePersonSelect({ id, value, onChange, sex, placeholder, 'aria-label': ariaLabel }: Props) {
  const t = useT()
  const villages = useOrgUnitNames()
  const [q, setQ] = useState('')
  const [picked, setPicked] = useState<PersonView>()
  const text = q.trim()
  const persons = usePersonSearch({ q: text, sex, page: 0, size: 20 }, text.length > 0)
  const found = text ? persons.data?.items ?? [] : []
  const shown = picked && picked.id === value && !found.some((p) => p.id === picked.id) ? [picked, ...found] : found
  const options = shown.map((person) => ({
    value: person.id,
    label: `${person.name} · ${t('prepregnancy.ageAtCheck', { age: person.age })} · ${person.idNumber} · ${villages.get(person.orgUnitId) ?? ''}`,
  }))
  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      value={value}
      onChange={(next: number | undefined) => {
        setPicked(shown.find((person) => person.id === next))
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
