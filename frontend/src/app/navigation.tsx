import type { ReactNode } from 'react'
import {
  AimOutlined, ApartmentOutlined, AuditOutlined, CalendarOutlined, CarryOutOutlined, CloudUploadOutlined, ControlOutlined, ExperimentOutlined,
  FileDoneOutlined, FileProtectOutlined, HeartOutlined, HomeOutlined, IdcardOutlined, LineChartOutlined, MedicineBoxOutlined,
  MergeCellsOutlined, ProfileOutlined, SearchOutlined, SolutionOutlined, SwapOutlined, TeamOutlined,
} from '@ant-design/icons'
import type { CurrentUser } from '../api/types'
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
import { CompliancePage } from '../features/pregnancies/components/CompliancePage'
import { CalendarPage } from '../features/calendar/components/CalendarPage'
import { FollowUpRulesPage } from '../features/pregnancies/components/FollowUpRulesPage'
import { PregnanciesPage } from '../features/pregnancies/components/PregnanciesPage'
import { PregnancyDetailPage } from '../features/pregnancies/components/PregnancyDetailPage'
import { RegisterPregnancyPage } from '../features/pregnancies/components/RegisterPregnancyPage'
import { WorklistPage } from '../features/pregnancies/components/WorklistPage'
import { PrepregnancyCheckDetailPage } from '../features/prepregnancy/components/PrepregnancyCheckDetailPage'
import { PrepregnancyChecksPage } from '../features/prepregnancy/components/PrepregnancyChecksPage'
import { PREPREGNANCY_READ_ROLES } from '../features/prepregnancy/roles'
import { TargetsPage } from '../features/targets/components/TargetsPage'
import { TARGET_READ_ROLES } from '../features/targets/roles'
import { UsersPage } from '../features/users/components/UsersPage'
import {
  DUPLICATE_ROLES, FLOATING_ROLES, REGISTER_READ_ROLES, REGISTER_WRITE_ROLES,
} from '../lib/register'
import { COMPLIANCE_ROLES, FOLLOW_UP_RULE_READ_ROLES, PREGNANCY_READ_ROLES, PREGNANCY_WRITE_ROLES } from '../lib/pregnancy'

export interface AppPage extends NavigationEntry {
  page: ReactNode
}

const REGISTER: NavigationGroup = { key: 'register', label: 'nav.register', icon: <IdcardOutlined /> }
const PREGNANCIES: NavigationGroup = { key: 'pregnancies', label: 'nav.pregnancyGroup', icon: <HeartOutlined /> }
const BIRTH: NavigationGroup = { key: 'birth', label: 'nav.birth', icon: <FileProtectOutlined /> }
const EUGENICS: NavigationGroup = { key: 'eugenics', label: 'nav.eugenics', icon: <ExperimentOutlined /> }

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
    path: '/worklist', label: 'nav.worklist', icon: <CarryOutOutlined />, group: PREGNANCIES, roles: PREGNANCY_READ_ROLES,
    page: <WorklistPage />,
  },
  {
    path: '/pregnancies', label: 'nav.pregnancies', icon: <ProfileOutlined />, group: PREGNANCIES, roles: PREGNANCY_READ_ROLES,
    page: <PregnanciesPage />,
  },
  { path: '/pregnancies/new', label: 'nav.pregnancies', hidden: true, roles: PREGNANCY_WRITE_ROLES, page: <RegisterPregnancyPage /> },
  { path: '/pregnancies/:id', label: 'nav.pregnancies', hidden: true, roles: PREGNANCY_READ_ROLES, page: <PregnancyDetailPage /> },
  {
    path: '/follow-up-compliance', label: 'nav.compliance', icon: <LineChartOutlined />, group: PREGNANCIES,
    roles: COMPLIANCE_ROLES, page: <CompliancePage />,
  },
  {
    path: '/follow-up-rules', label: 'nav.followUpRules', icon: <ControlOutlined />, group: PREGNANCIES,
    roles: FOLLOW_UP_RULE_READ_ROLES, page: <FollowUpRulesPage />,
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
    roles: ['ADMIN', 'SECURITY_ADMIN', 'DISTRICT_OFFICER', 'TOWN_OFFICER', 'AUDITOR'],
    page: <OrgUnitsPage />,
  },
  {
    path: '/users',
    label: 'nav.users',
    icon: <TeamOutlined />,
    roles: ['ADMIN', 'SECURITY_ADMIN', 'DISTRICT_OFFICER', 'TOWN_OFFICER', 'AUDITOR'],
    page: <UsersPage />,
  },
  {
    path: '/calendar',
    label: 'nav.calendar',
    icon: <CalendarOutlined />,
    roles: ['ADMIN', 'DISTRICT_OFFICER', 'TOWN_OFFICER', 'AUDITOR'],
    page: <CalendarPage />,
  },
  { path: '/audit', label: 'nav.audit', icon: <AuditOutlined />, roles: ['AUDITOR'], page: <AuditLogPage /> },
]

/** Where a user lands after signing in: a village worker (unless also an administrator) on the worklist, others home. */
export function landingPath(user: CurrentUser): string {
  return user.roles.includes('VILLAGE_WORKER') && !user.roles.includes('ADMIN') ? '/worklist' : '/'
}
