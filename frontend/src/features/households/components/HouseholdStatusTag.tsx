import { Tag } from 'antd'
import type { HouseholdStatus } from '../../../api/types'
import { useT } from '../../../lib/i18n'
import { codeLabel } from '../../../lib/register'

export function HouseholdStatusTag({ status }: { status: HouseholdStatus }) {
  const t = useT()
  return <Tag color={status === 'ACTIVE' ? 'green' : 'default'}>{codeLabel(t, 'householdStatus', status)}</Tag>
}
