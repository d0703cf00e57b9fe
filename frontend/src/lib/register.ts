// The household and person register: who may do what, and the words for its codes.
import type {
  BirthRegistrationAction, BirthRegistrationChannel, BirthRegistrationDeadline, BirthRegistrationKind, BirthRegistrationStatus,
  BloodType, DuplicateRule, DuplicateStatus, FollowUpKind, HouseholdStatus, HouseholdType, LabResult, MaritalStatus, MembershipEvent,
  OrgLevel, OutcomeType, Placement, PregnancyStatus, PrepregnancyCheckStatus, Relation, ResidenceStatus, RiskLevel, Role, Sex,
  SlotStatus,
} from '../api/types'
import type { Translate } from './i18n'
import type { MessageKey } from './messages/zh-CN'

/** Reading the register (persons, households): the auditor sees it masked; the administrators not at all (三员分立). */
export const REGISTER_READ_ROLES = ['VILLAGE_WORKER', 'TOWN_OFFICER', 'DISTRICT_OFFICER', 'AUDITOR'] as const satisfies readonly Role[]
/** Exporting a search of it (each export audited). */
export const REGISTER_EXPORT_ROLES = ['VILLAGE_WORKER', 'TOWN_OFFICER', 'DISTRICT_OFFICER'] as const satisfies readonly Role[]
/** Writing it: persons, households, imports. */
export const REGISTER_WRITE_ROLES = ['VILLAGE_WORKER', 'TOWN_OFFICER'] as const satisfies readonly Role[]
/** Seeing a person's full ID number and phone (each read audited). */
export const IDENTITY_ROLES = ['VILLAGE_WORKER', 'TOWN_OFFICER', 'DISTRICT_OFFICER'] as const satisfies readonly Role[]
/** Reviewing probable duplicates. */
export const DUPLICATE_ROLES = ['TOWN_OFFICER', 'DISTRICT_OFFICER'] as const satisfies readonly Role[]
/** The floating-population pages. */
export const FLOATING_ROLES = ['VILLAGE_WORKER', 'TOWN_OFFICER', 'DISTRICT_OFFICER', 'AUDITOR'] as const satisfies readonly Role[]

export const SEXES = ['MALE', 'FEMALE'] as const satisfies readonly Sex[]
export const RELATIONS = ['HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'GRANDCHILD', 'SIBLING', 'OTHER'] as const satisfies readonly Relation[]
export const RESIDENCE_STATUSES = ['REGISTERED', 'FLOATING_IN', 'FLOATING_OUT'] as const satisfies readonly ResidenceStatus[]
export const MARITAL_STATUSES = [
  'UNMARRIED', 'FIRST_MARRIAGE', 'REMARRIED', 'DIVORCED', 'WIDOWED',
] as const satisfies readonly MaritalStatus[]
export const HOUSEHOLD_TYPES = ['REGISTERED', 'FLOATING'] as const satisfies readonly HouseholdType[]
export const HOUSEHOLD_STATUSES = ['ACTIVE', 'CLOSED'] as const satisfies readonly HouseholdStatus[]
export const DUPLICATE_STATUSES = ['OPEN', 'MERGED', 'DISMISSED'] as const satisfies readonly DuplicateStatus[]

/** The dictionary prefix of each coded field. */
interface CodeKinds {
  sex: Sex
  relation: Relation
  residence: ResidenceStatus
  marital: MaritalStatus
  householdType: HouseholdType
  householdStatus: HouseholdStatus
  membershipEvent: MembershipEvent
  duplicateRule: DuplicateRule
  duplicateStatus: DuplicateStatus
  personStatus: string
  // pregnancies and follow-up (lib/pregnancy.ts)
  pregnancyStatus: PregnancyStatus
  riskLevel: RiskLevel
  followUpKind: FollowUpKind
  slotStatus: SlotStatus
  placement: Placement
  outcomeType: OutcomeType
  // birth registration (features/birth-registrations/codes.ts)
  birthStatus: BirthRegistrationStatus
  birthKind: BirthRegistrationKind
  birthChannel: BirthRegistrationChannel
  birthAction: BirthRegistrationAction
  birthDeadline: BirthRegistrationDeadline
  // pre-pregnancy checks (features/prepregnancy/codes.ts)
  labResult: LabResult
  bloodType: BloodType
  checkStatus: PrepregnancyCheckStatus
}

/** A code's words in the user's language ('' for none; the code itself when the dictionary lacks it). */
export function codeLabel<K extends keyof CodeKinds>(t: Translate, kind: K, code: CodeKinds[K] | null | undefined): string {
  return code ? t(`${kind}.${code}` as MessageKey) : ''
}

/** Options for a Select or Radio.Group over the codes of one kind. */
export function codeOptions<K extends keyof CodeKinds>(t: Translate, kind: K, codes: readonly CodeKinds[K][]) {
  return codes.map((code) => ({ value: code, label: codeLabel(t, kind, code) }))
}

/** The colour of a residence status tag. */
export const RESIDENCE_COLORS: Record<ResidenceStatus, string> = {
  REGISTERED: 'default',
  FLOATING_IN: 'orange',
  FLOATING_OUT: 'purple',
}

/** Household villages and persons outside a household belong to a village. */
export const VILLAGE_LEVEL = ['VILLAGE'] as const satisfies readonly OrgLevel[]
