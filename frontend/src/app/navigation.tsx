import type { ReactNode } from 'react'
import {
  ApartmentOutlined, AuditOutlined, CloudUploadOutlined, FileDoneOutlined, FileProtectOutlined, HomeOutlined, IdcardOutlined,
  MergeCellsOutlined, SearchOutlined, SolutionOutlined, SwapOutlined, TeamOutlined,
} from '@ant-design/icons'
import type { NavigationEntry, NavigationGroup } from '../components/layout/navigation'
import { AuditLogPage } from '../features/audit/components/AuditLogPage'
import { BIRTH_READ_ROLES } from '../features/birth-registrations/codes'
import { BirthCertificatePage } from '../features/birth-registrations/components/BirthCertificatePage'
import { BirthRegistrationDetailPage } from '../features/birth-registrations/components/BirthRegistrationDetailPage'
import { BirthRegistrationsPage } from '../features/birth-registrations/components/BirthRegistrationsPage'
import { DuplicatesPage } from '../features/duplicates/components/DuplicatesPage'
import { FloatingPopulationPage } from '../features/floating/components/FloatingPopulationPage'
import { HomePage } from '../features/home/components/HomePage'
import { HouseholdDetailPage } from '../features/households/components/HouseholdDetailPage'
import { HouseholdsPage } from '../features/households/components/HouseholdsPage'
import { ImportPage } from '../features/imports/components/ImportPage'
import { OrgUnitsPage } from '../features/org-units/components/OrgUnitsPage'
import { PersonDetailPage } from '../features/persons/components/PersonDetailPage'
import { PersonSearchPage } from '../features/persons/components/PersonSearchPage'
import { UsersPage } from '../features/users/components/UsersPage'
import {
  DUPLICATE_ROLES, FLOATING_ROLES, REGISTER_READ_ROLES, REGISTER_WRITE_ROLES,
} from '../lib/register'

export interface AppPage extends NavigationEntry {
  page: ReactNode
}

const REGISTER: NavigationGroup = { key: 'register', label: 'nav.register', icon: <IdcardOutlined /> }
const BIRTH: NavigationGroup = { key: 'birth', label: 'nav.birth', icon: <FileProtectOutlined /> }

/** Each page once: its menu entry and the roles that may open it (the backend enforces the same). */
export const APP_PAGES: readonly AppPage[] = [
  { path: '/', label: 'nav.home', icon: <HomeOutlined />, page: <HomePage /> },
  {
    path: '/persons', label: 'nav.persons', icon: <SearchOutlined />, group: REGISTER, roles: REGISTER_READ_ROLES,
    page: <PersonSearchPage />,
  },
  { path: '/persons/:id', label: 'nav.persons', hidden: true, roles: REGISTER_READ_ROLES, page: <PersonDetailPage /> },
  {
    path: '/households', label: 'nav.households', icon: <SolutionOutlined />, group: REGISTER, roles: REGISTER_READ_ROLES,
    page: <HouseholdsPage />,
  },
  { path: '/households/:id', label: 'nav.households', hidden: true, roles: REGISTER_READ_ROLES, page: <HouseholdDetailPage /> },
  {
    path: '/floating-population', label: 'nav.floating', icon: <SwapOutlined />, group: REGISTER, roles: FLOATING_ROLES,
    page: <FloatingPopulationPage />,
  },
  {
    path: '/duplicates', label: 'nav.duplicates', icon: <MergeCellsOutlined />, group: REGISTER, roles: DUPLICATE_ROLES,
    page: <DuplicatesPage />,
  },
  {
    path: '/imports', label: 'nav.imports', icon: <CloudUploadOutlined />, group: REGISTER, roles: REGISTER_WRITE_ROLES,
    page: <ImportPage />,
  },
  {
    path: '/birth-registrations', label: 'nav.birthRegistrations', icon: <FileDoneOutlined />, group: BIRTH, roles: BIRTH_READ_ROLES,
    page: <BirthRegistrationsPage />,
  },
  {
    path: '/birth-registrations/:id', label: 'nav.birthRegistrations', hidden: true, roles: BIRTH_READ_ROLES,
    page: <BirthRegistrationDetailPage />,
  },
  {
    path: '/birth-registrations/:id/print', label: 'nav.birthRegistrations', hidden: true, roles: BIRTH_READ_ROLES,
    page: <BirthCertificatePage />,
  },
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
