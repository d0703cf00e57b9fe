import { Input, Select, Space } from 'antd'
import { useT } from '../../../lib/i18n'
import type { UserFilters } from '../api/get-users'
import { useRoleOptions } from './UserFields'

interface Props {
  filters: UserFilters
  onChange: (filters: UserFilters) => void
}

/** Search by name, narrow by role and state; any change goes back to the first page. */
export function UserFilterBar({ filters, onChange }: Props) {
  const t = useT()
  const roleOptions = useRoleOptions()
  const change = (patch: Partial<UserFilters>) => onChange({ ...filters, ...patch, page: 0 })
  return (
    <Space wrap>
      <Input.Search
        placeholder={t('user.searchPlaceholder')}
        allowClear
        defaultValue={filters.q}
        onSearch={(q) => change({ q: q || undefined })}
        style={{ width: 240 }}
      />
      <Select
        placeholder={t('user.roles')}
        allowClear
        value={filters.role}
        options={roleOptions}
        onChange={(role) => change({ role })}
        style={{ width: 160 }}
      />
      <Select
        placeholder={t('user.state')}
        allowClear
        value={filters.enabled}
        options={[{ value: true, label: t('user.enabled') }, { value: false, label: t('user.disabled') }]}
        onChange={(enabled) => change({ enabled })}
        style={{ width: 120 }}
      />
    </Space>
  )
}
