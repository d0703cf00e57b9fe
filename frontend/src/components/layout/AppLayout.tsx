import type { ReactNode } from 'react'
import { Outlet, useLocation, useNavigate } from 'react-router'
import { Layout, Menu, Typography } from 'antd'
import { hasAnyRole, useCurrentUser } from '../../lib/auth'
import { useT } from '../../lib/i18n'
import type { NavigationEntry } from './navigation'
import { UserBar } from './UserBar'

interface Props {
  navigation: readonly NavigationEntry[]
  accountActions?: ReactNode
}

/** The signed-in frame: side menu of what the user's roles allow, header with the user, the page. */
export function AppLayout({ navigation, accountActions }: Props) {
  const user = useCurrentUser()
  const t = useT()
  const navigate = useNavigate()
  const { pathname } = useLocation()
  const entries = navigation.filter((entry) => hasAnyRole(user, entry.roles))
  const selected = entries
    .filter((entry) => pathname === entry.path || pathname.startsWith(`${entry.path === '/' ? '' : entry.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0]
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} width={200}>
        <Typography.Title level={5} style={{ color: '#fff', margin: 16 }}>{t('app.title')}</Typography.Title>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={selected ? [selected.path] : []}
          items={entries.map((entry) => ({ key: entry.path, icon: entry.icon, label: t(entry.label) }))}
          onClick={({ key }) => navigate(key)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', paddingInline: 24, height: 'auto', lineHeight: '56px' }}>
          <UserBar accountActions={accountActions} />
        </Layout.Header>
        <Layout.Content style={{ margin: 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  )
}
