import { useState } from 'react'
import { Button, Card, Flex } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import type { UserView } from '../../../api/types'
import { hasAnyRole, useCurrentUser } from '../../../lib/auth'
import { useT } from '../../../lib/i18n'
import { useUsers, type UserFilters } from '../api/get-users'
import {
  CreateUserDialog, EditUserDialog, GrantRolesDialog, ResetPasswordDialog, UnlockUserDialog, UserStateDialog,
} from './UserDialogs'
import { UserFilterBar } from './UserFilterBar'
import { UsersTable, type UserAction } from './UsersTable'

type OpenDialog = { action: 'create' } | { action: UserAction; user: UserView }

export function UsersPage() {
  const t = useT()
  const [filters, setFilters] = useState<UserFilters>({ page: 0, size: 20 })
  const [dialog, setDialog] = useState<OpenDialog>()
  const users = useUsers(filters)
  const user = useCurrentUser()
  // 三员分立: the system administrator keeps the accounts, the security administrator their roles and locks
  const canManage = hasAnyRole(user, ['ADMIN'])
  const actions: UserAction[] = [
    ...(canManage ? ['edit', 'changeState', 'resetPassword'] as const : []),
    ...(hasAnyRole(user, ['SECURITY_ADMIN']) ? ['grantRoles', 'unlock'] as const : []),
  ]
  const close = () => setDialog(undefined)
  return (
    <Card title={t('nav.users')}>
      <Flex justify="space-between" wrap gap="small" style={{ marginBottom: 16 }}>
        <UserFilterBar filters={filters} onChange={setFilters} />
        {canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ action: 'create' })}>
            {t('user.create')}
          </Button>
        )}
      </Flex>
      <UsersTable
        page={users.data}
        loading={users.isFetching}
        onPageChange={(page, size) => setFilters({ ...filters, page, size })}
        actions={actions}
        onAction={(action, chosen) => setDialog({ action, user: chosen })}
      />
      {dialog?.action === 'create' && <CreateUserDialog onClose={close} />}
      {dialog?.action === 'edit' && <EditUserDialog user={dialog.user} onClose={close} />}
      {dialog?.action === 'changeState' && <UserStateDialog user={dialog.user} onClose={close} />}
      {dialog?.action === 'grantRoles' && <GrantRolesDialog user={dialog.user} onClose={close} />}
      {dialog?.action === 'unlock' && <UnlockUserDialog user={dialog.user} onClose={close} />}
      {dialog?.action === 'resetPassword' && <ResetPasswordDialog user={dialog.user} onClose={close} />}
    </Card>
  )
}
