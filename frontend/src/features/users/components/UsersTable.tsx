import { Button, Space, Table, Tag, Tooltip } from 'antd'
import type { TableColumnsType } from 'antd'
import type { UserPage, UserView } from '../../../api/types'
import { roleLabel } from '../../../lib/auth'
import { formatDateTime } from '../../../lib/format'
import { useT } from '../../../lib/i18n'
import { serverPagination } from '../../../lib/pagination'

export type UserAction = 'edit' | 'changeState' | 'grantRoles' | 'unlock' | 'resetPassword'

interface Props {
  page?: UserPage
  loading: boolean
  onPageChange: (page: number, size: number) => void
  /** The actions the caller may take (none: the table has no actions column). */
  actions: readonly UserAction[]
  onAction: (action: UserAction, user: UserView) => void
}

export function UsersTable({ page, loading, onPageChange, actions, onAction }: Props) {
  const t = useT()
  const may = (action: UserAction) => actions.includes(action)
  const actionColumn: TableColumnsType<UserView> = actions.length > 0 ? [{
    key: 'actions',
    title: t('common.actions'),
    render: (_, user) => (
      <Space size={0}>
        {may('edit') && <Button type="link" onClick={() => onAction('edit', user)}>{t('common.edit')}</Button>}
        {may('changeState') && (
          <Button type="link" danger={user.enabled} onClick={() => onAction('changeState', user)}>
            {user.enabled ? t('user.disable') : t('user.enable')}
          </Button>
        )}
        {may('grantRoles') && <Button type="link" onClick={() => onAction('grantRoles', user)}>{t('user.grantRoles')}</Button>}
        {may('unlock') && user.lockedUntil && <Button type="link" onClick={() => onAction('unlock', user)}>{t('user.unlock')}</Button>}
        {may('resetPassword') && (
          <Button type="link" onClick={() => onAction('resetPassword', user)}>{t('user.resetPassword')}</Button>
        )}
      </Space>
    ),
  }] : []
  const columns: TableColumnsType<UserView> = [
    { key: 'username', title: t('user.username'), dataIndex: 'username' },
    { key: 'displayName', title: t('user.displayName'), dataIndex: 'displayName' },
    { key: 'phone', title: t('user.phone'), dataIndex: 'phone' },
    {
      key: 'roles',
      title: t('user.roles'),
      render: (_, user) => user.roles.map((role) => <Tag key={role}>{roleLabel(t, role)}</Tag>),
    },
    { key: 'orgUnit', title: t('user.orgUnit'), dataIndex: 'orgUnitName' },
    {
      key: 'state',
      title: t('user.state'),
      render: (_, user) => (
        <Space size={4}>
          {user.enabled ? <Tag color="green">{t('user.enabled')}</Tag> : <Tag color="red">{t('user.disabled')}</Tag>}
          {user.lockedUntil && (
            <Tooltip title={formatDateTime(user.lockedUntil)}><Tag color="orange">{t('user.locked')}</Tag></Tooltip>
          )}
        </Space>
      ),
    },
    { key: 'createdAt', title: t('user.createdAt'), render: (_, user) => formatDateTime(user.createdAt) },
    ...actionColumn,
  ]
  return (
    <Table<UserView>
      rowKey="id"
      columns={columns}
      dataSource={page?.items}
      loading={loading}
      pagination={serverPagination(page, 20, (p, size) => onPageChange(p, size), t)}
      scroll={{ x: 'max-content' }}
    />
  )
}
