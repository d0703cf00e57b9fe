import type { ReactNode } from 'react'
import {
  AimOutlined, ApartmentOutlined, AuditOutlined, CloudUploadOutlined, HeartOutlined, HomeOutlined, IdcardOutlined,
  MedicineBoxOutlined, MergeCellsOutlined, SearchOutlined, SolutionOutlined, SwapOutlined, TeamOutlined,
} from '@ant-design/icons'
import type { NavigationEntry, NavigationGroup } from '../components/layout/navigation'
import { AuditLogPage } from '../features/audit/components/AuditLogPage'
import { DuplicatesPage } from '../features/duplicates/components/DuplicatesPage'
import { FloatingPopulationPage } from '../features/floating/components/FloatingPopulationPage'
import { HomePage } from '../features/home/components/HomePage'
import { HouseholdDetailPage } from '../features/households/components/HouseholdDetailPage'
import { HouseholdsPage } from '../features/households/components/HouseholdsPage'
import { ImportPage } from '../features/imports/components/ImportPage'
import { OrgUnitsPage } from '../features/org-units/components/OrgUnitsPage'
import { PersonDetailPage } from '../features/persons/components/PersonDetailPage'
import { PersonSearchPage } from '../features/persons/components/PersonSearchPage'
import { PrepregnancyCheckDetailPage } from '../features/prepregnancy/components/PrepregnancyCheckDetailPage'
import { PrepregnancyChecksPage } from '../features/prepregnancy/components/PrepregnancyChecksPage'
import { PREPREGNANCY_READ_ROLES } from '../features/prepregnancy/roles'
import { TargetsPage } from '../features/targets/components/TargetsPage'
import { TARGET_READ_ROLES } from '../features/targets/roles'
import { UsersPage } from '../features/users/components/UsersPage'
import {
  DUPLICATE_ROLES, FLOATING_ROLES, REGISTER_READ_ROLES, REGISTER_WRITE_ROLES,
} from '../lib/register'

export interface AppPage extends NavigationEntry {
  page: ReactNode
}

const REGISTER: NavigationGroup = { key: 'register', label: 'nav.register', icon: <IdcardOutlined /> }
const EUGENICS: NavigationGroup = { key: 'eugenics', label: 'nav.eugenics', icon: <HeartOutlined /> }

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
    path: '/prepregnancy-checks', label: 'nav.prepregnancyChecks', icon: <MedicineBoxOutlined />, group: EUGENICS,
    roles: PREPREGNANCY_READ_ROLES, page: <PrepregnancyChecksPage />,
  },
  {
    path: '/prepregnancy-checks/:id', label: 'nav.prepregnancyChecks', hidden: true, roles: PREPREGNANCY_READ_ROLES,
    page: <PrepregnancyCheckDetailPage />,
  },
  {
    path: '/targets', label: 'nav.targets', icon: <AimOutlined />, group: EUGENICS, roles: TARGET_READ_ROLES,
    page: <TargetsPage />,
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
