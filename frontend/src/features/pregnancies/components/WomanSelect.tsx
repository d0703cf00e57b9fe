import { useState } from 'react'
import { Select } from 'antd'
import type { PersonView } from '../../../api/types'
import { usePerson } from '../../../api/get-person'
import { useOrgUnitNames } from '../../../api/org-unit-tree'
import { usePersonSearch } from '../../../api/search-persons'
import { useT } from '../../../lib/i18n'

interface Props {
  id?: string
  value?: number
  onChange?: (value: number) => void
}

/** Picks a living woman of the register by name or ID tail; a Form control. A preset one is named too. */
export function WomanSelect({ id, value, onChange }: Props) {
  const t = useT()
  const villages = useOrgUnitNames()
  const [q, setQ] = useState('')
  const text = q.trim()
  const found = usePersonSearch({ q: text, sex: 'FEMALE', page: 0, size: 50 }, text.length > 0)
  const chosen = usePerson(value)
  const option = (person: Pick<PersonView, 'id' | 'name' | 'idNumber' | 'orgUnitId'>) => ({
    value: person.id,
    label: [person.name, person.idNumber, villages.get(person.orgUnitId)].filter(Boolean).join(' · '),
  })
  const options = (text ? found.data?.items ?? [] : [])
    .filter((person) => person.alive && person.status === 'ACTIVE')
    .map(option)
  if (chosen.data && !options.some((o) => o.value === chosen.data.id)) options.unshift(option(chosen.data))
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      options={options}
      loading={found.isFetching}
      placeholder={t('pregnancy.pickWoman')}
      showSearch={{ filterOption: false, onSearch: setQ }}
      notFoundContent={null}
      allowClear
    />
  )
}
