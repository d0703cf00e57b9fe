import type { ReactNode } from 'react'
import { ApartmentOutlined, AuditOutlined, HomeOutlined, TeamOutlined } from '@ant-design/icons'
import type { NavigationEntry } from '../components/layout/navigation'
import { AuditLogPage } from '../features/audit/components/AuditLogPage'
import { HomePage } from '../features/home/components/HomePage'
import { OrgUnitsPage } from '../features/org-units/components/OrgUnitsPage'
import { UsersPage } from '../features/users/components/UsersPage'

export interface AppPage extends NavigationEntry {
  page: ReactNode
}

/** Each page once: its menu entry and the roles that may open it (the backend enforces the same). */
export const APP_PAGES: readonly AppPage[] = [
  { path: '/', label: 'nav.home', icon: <HomeOutlined />, page: <HomePage /> },
  {
    path: '/org-units',
    label: 'nav.orgUnits',
    icon: <ApartmentOutlined />,
    roles: ['ADMIN', 'DISTRICT_OFFICER', 'TOWN_OFFICER', 'AUDITOR'],
    page: <OrgUnitsPage />,
  },
  {
    path: '/users',
    label: 'nav.users',
    icon: <TeamOutlined />,
    roles: ['ADMIN', 'DISTRICT_OFFICER', 'TOWN_OFFICER', 'AUDITOR'],
    page: <UsersPage />,
  },
  { path: '/audit', label: 'nav.audit', icon: <AuditOutlined />, roles: ['ADMIN', 'AUDITOR'], page: <AuditLogPage /> },
]
