import { useState } from 'react'
import { Select } from 'antd'
import { useT } from '../../../lib/i18n'
import { useVillageWorkers } from '../api/get-village-workers'

interface Props {
  id?: string
  value?: number
  onChange?: (value: number) => void
}

/** Picks an enabled village worker of the caller's area (the first ones are listed before any typing); a Form control. */
export function WorkerSelect({ id, value, onChange }: Props) {
  const t = useT()
  const [q, setQ] = useState('')
  const workers = useVillageWorkers(q.trim())
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      options={(workers.data?.items ?? []).map((user) => ({ value: user.id, label: `${user.displayName}（${user.username}）` }))}
      loading={workers.isFetching}
      placeholder={t('pregnancy.pickWorker')}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
    />
  )
}
