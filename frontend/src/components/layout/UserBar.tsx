import type { ReactNode } from 'react'
import { Button, Flex, Tag, Typography } from 'antd'
import { LogoutOutlined, UserOutlined } from '@ant-design/icons'
import { roleLabel, useCurrentUser, useLogout } from '../../lib/auth'
import { useT } from '../../lib/i18n'
import { LanguageSwitch } from '../LanguageSwitch'

/** The header's right side: who is signed in, where, as what; and the account actions. */
export function UserBar({ accountActions }: { accountActions?: ReactNode }) {
  const user = useCurrentUser()
  const logout = useLogout()
  const t = useT()
  if (!user) return null
  return (
    <Flex align="center" justify="flex-end" gap="small" wrap>
      <UserOutlined />
      <Typography.Text strong>{user.displayName}</Typography.Text>
      {user.roles.map((role) => <Tag key={role} color="blue">{roleLabel(t, role)}</Tag>)}
      <Typography.Text type="secondary">{user.orgUnitName}</Typography.Text>
      <LanguageSwitch />
      {accountActions}
      <Button type="text" icon={<LogoutOutlined />} onClick={logout}>{t('auth.logout')}</Button>
    </Flex>
  )
}
