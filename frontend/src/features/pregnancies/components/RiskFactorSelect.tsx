import { Select } from 'antd'
import { useRiskFactors } from '../api/get-risk-factors'

interface Props {
  id?: string
  value?: string[]
  onChange?: (codes: string[]) => void
}

/** Picks risk factors (codes) from the dictionary; a Form control. */
export function RiskFactorSelect({ id, value, onChange }: Props) {
  const factors = useRiskFactors()
  return (
    <Select
      id={id}
      mode="multiple"
      value={value}
      onChange={onChange}
      loading={factors.isLoading}
      options={(factors.data ?? []).map((factor) => ({ value: factor.code, label: factor.name }))}
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
    />
  )
}
