import { useState } from 'react'
import { Select } from 'antd'
import { useT } from '../../../lib/i18n'
import { useHouseholds } from '../api/get-households'

interface Props {
  id?: string
  value?: number
  onChange?: (value: number) => void
  /** The household the choice is for (never offered). */
  excludedId?: number
}

/** Picks an active household of the caller's area by code, address or head's name; an antd Form control. */
export function HouseholdSelect({ id, value, onChange, excludedId }: Props) {
  const t = useT()
  const [q, setQ] = useState('')
  const households = useHouseholds({ q: q.trim() || undefined, status: 'ACTIVE', page: 0, size: 20 })
  const options = (households.data?.items ?? [])
    .filter((household) => household.id !== excludedId)
    .map((household) => ({
      value: household.id,
      label: `${household.code} · ${household.headName ?? t('household.noHead')} · ${household.address}`,
    }))
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      options={options}
      loading={households.isFetching}
      placeholder={t('household.pickHouseholdPlaceholder')}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
    />
  )
}
