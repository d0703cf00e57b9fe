import { useState, type ReactNode } from 'react'
import { Outlet, useLocation, useNavigate } from 'react-router'
import { Layout, Menu, Typography, type MenuProps } from 'antd'
import { hasAnyRole, useCurrentUser } from '../../lib/auth'
import { useT } from '../../lib/i18n'
import type { Translate } from '../../lib/i18n'
import type { NavigationEntry } from './navigation'
import { UserBar } from './UserBar'

type MenuItem = NonNullable<MenuProps['items']>[number]

/** The menu in the order of the entries; a group sits where its first entry is. */
function menuItems(entries: NavigationEntry[], t: Translate): MenuItem[] {
  const items: MenuItem[] = []
  const groups = new Map<string, MenuItem[]>()
  for (const entry of entries) {
    const item = { key: entry.path, icon: entry.icon, label: t(entry.label) }
    if (!entry.group) {
      items.push(item)
      continue
    }
    let children = groups.get(entry.group.key)
    if (!children) {
      children = []
      groups.set(entry.group.key, children)
      items.push({ key: entry.group.key, icon: entry.group.icon, label: t(entry.group.label), children })
    }
    children.push(item)
  }
  return items
}

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
  const entries = navigation.filter((entry) => !entry.hidden && hasAnyRole(user, entry.roles))
  const selected = entries
    .filter((entry) => pathname === entry.path || pathname.startsWith(`${entry.path === '/' ? '' : entry.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0]
  // Groups start open: the whole menu is a glance away; the user may fold a group.
  const [openKeys, setOpenKeys] = useState<string[]>(
    () => [...new Set(entries.flatMap((entry) => (entry.group ? [entry.group.key] : [])))])
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} width={200}>
        <Typography.Title level={5} style={{ color: '#fff', margin: 16 }}>{t('app.title')}</Typography.Title>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={selected ? [selected.path] : []}
          openKeys={openKeys}
          onOpenChange={setOpenKeys}
          items={menuItems(entries, t)}
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
