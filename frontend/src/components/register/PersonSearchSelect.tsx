import { useState } from 'react'
import { Select } from 'antd'
import type { PersonView, Sex } from '../../api/types'
import { usePerson } from '../../api/get-person'
import { useOrgUnitNames } from '../../api/org-unit-tree'
import { usePersonSearch } from '../../api/search-persons'
import { useDebouncedValue } from '../../lib/debounce'

interface Props {
  id?: string
  value?: number
  onChange?: (value: number | undefined) => void
  placeholder: string
  /** Only persons of this sex are searched. */
  sex?: Sex
  /** Only these of the persons found are offered. */
  accept?: (person: PersonView) => boolean
  /** Said after the name, e.g. the age. */
  describe?: (person: PersonView) => string
}

/**
 * Picks a person of the register by its search (name, ID number or its tail), asked when the typing pauses; each
 * option reads "name · … · masked ID · village". The picked one stays named once the text is gone, and a preset one
 * is read to be named. A Form control.
 */
export function PersonSearchSelect({ id, value, onChange, placeholder, sex, accept, describe }: Props) {
  const villages = useOrgUnitNames()
  const [typed, setTyped] = useState('')
  const [picked, setPicked] = useState<PersonView>()
  const text = useDebouncedValue(typed.trim())
  const persons = usePersonSearch({ q: text, sex, page: 0, size: 50 }, text.length > 0)
  const found = (text ? persons.data?.items ?? [] : []).filter((person) => accept?.(person) ?? true)
  const known = picked?.id === value ? picked : found.find((person) => person.id === value)
  const preset = usePerson(value != null && !known ? value : undefined).data
  const current = known ?? preset
  const shown = current && !found.some((person) => person.id === current.id) ? [current, ...found] : found
  return (
    <Select
      id={id}
      value={value}
      onChange={(next: number | undefined) => {
        setPicked(shown.find((person) => person.id === next))
        onChange?.(next)
      }}
      options={shown.map((person) => ({
        value: person.id,
        label: [person.name, describe?.(person), person.idNumber, villages.get(person.orgUnitId)].filter(Boolean).join(' · '),
      }))}
      loading={persons.isFetching}
      placeholder={placeholder}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      notFoundContent={null}
      allowClear
    />
  )
}
