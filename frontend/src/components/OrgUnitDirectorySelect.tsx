import { useState } from 'react'
import { Select, Typography } from 'antd'
import { useOrgUnitDirectory } from '../api/org-unit-directory'
import type { OrgLevel } from '../api/types'
import { useDebouncedValue } from '../lib/debounce'
import { useT } from '../lib/i18n'

interface Props {
  id?: string
  value?: number
  onChange?: (value: number) => void
  level?: OrgLevel
  excludedId?: number
}

/**
 * Picks an org unit anywhere in the tree by typing part of its name or code; each option shows the units above it
 * ("宁夏回族自治区 / 中卫市 / 沙坡头区 / 滨河镇"), so that two villages of the same name are told apart. A Form control.
 */
export function OrgUnitDirectorySelect({ id, value, onChange, level, excludedId }: Props) {
  const t = useT()
  const [typed, setTyped] = useState('')
  const q = useDebouncedValue(typed.trim())
  const units = useOrgUnitDirectory(q, level)
  const options = (units.data?.items ?? []).filter((unit) => unit.id !== excludedId).map((unit) => ({
    value: unit.id,
    label: unit.name,
    title: unit.above ? `${unit.above} / ${unit.name}` : unit.name,
    above: unit.above,
  }))
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      options={options}
      optionRender={(option) => (
        <span>
          {option.data.label}
          {option.data.above && <Typography.Text type="secondary">（{option.data.above}）</Typography.Text>}
        </span>
      )}
      loading={units.isFetching}
      placeholder={t('orgUnit.directoryPlaceholder')}
      notFoundContent={q ? t('orgUnit.directoryNone') : null}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      allowClear
    />
  )
}
