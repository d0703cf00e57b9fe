// Pregnancies and their follow-up: who may do what, the code lists and the colours of their tags.
import type {
  FollowUpKind, OutcomeType, Placement, PregnancyStatus, RiskLevel, Role, SlotStatus,
} from '../api/types'

/** Reading pregnancies, visits and the worklist: health records, for the business roles only. */
export const PREGNANCY_READ_ROLES = ['VILLAGE_WORKER', 'TOWN_OFFICER', 'DISTRICT_OFFICER'] as const satisfies readonly Role[]
/** The compliance report: counts, which the auditor reads too. */
export const COMPLIANCE_ROLES = ['VILLAGE_WORKER', 'TOWN_OFFICER', 'DISTRICT_OFFICER', 'AUDITOR'] as const satisfies readonly Role[]
/** Reading the follow-up rules: a rule table, which the administrator keeps. */
export const FOLLOW_UP_RULE_READ_ROLES = [
  'VILLAGE_WORKER', 'TOWN_OFFICER', 'DISTRICT_OFFICER', 'AUDITOR', 'ADMIN',
] as const satisfies readonly Role[]
/** Registering pregnancies, recording visits, outcomes and transfers. */
export const PREGNANCY_WRITE_ROLES = ['VILLAGE_WORKER', 'TOWN_OFFICER'] as const satisfies readonly Role[]
/** Naming another responsible worker needs the user list, which of the writers only a town officer reads. */
export const WORKER_PICK_ROLES = ['TOWN_OFFICER'] as const satisfies readonly Role[]
/** Changing a follow-up rule. */
export const FOLLOW_UP_RULE_ROLES = ['ADMIN'] as const satisfies readonly Role[]

export const PREGNANCY_STATUSES = ['ACTIVE', 'DELIVERED', 'ENDED', 'TRANSFERRED_OUT'] as const satisfies readonly PregnancyStatus[]
export const RISK_LEVELS = ['LOW', 'MEDIUM', 'HIGH'] as const satisfies readonly RiskLevel[]
export const FOLLOW_UP_KINDS = ['HOME_VISIT', 'PREGNANCY_CHECK', 'ULTRASOUND'] as const satisfies readonly FollowUpKind[]
/** The ends of a pregnancy other than a birth or a transfer. */
export const END_TYPES = ['MISCARRIAGE', 'MEDICAL_TERMINATION', 'OTHER'] as const satisfies readonly OutcomeType[]

export const PREGNANCY_STATUS_COLORS: Record<PregnancyStatus, string> = {
  ACTIVE: 'green',
  DELIVERED: 'blue',
  ENDED: 'default',
  TRANSFERRED_OUT: 'purple',
}

export const RISK_LEVEL_COLORS: Record<RiskLevel, string> = { LOW: 'green', MEDIUM: 'orange', HIGH: 'red' }

/** Tag colours of a slot's status (the worklist, the visit form's result). */
export const SLOT_STATUS_COLORS: Record<SlotStatus, string> = {
  OVERDUE: 'red',
  DUE: 'orange',
  UPCOMING: 'blue',
  DONE: 'green',
  MISSED: 'volcano',
  CANCELLED: 'default',
}

/** Fill colours of a slot's block on the schedule timeline. */
export const SLOT_STATUS_FILLS: Record<SlotStatus, string> = {
  DONE: '#52c41a',
  DUE: '#fa8c16',
  OVERDUE: '#f5222d',
  MISSED: '#b08080',
  UPCOMING: '#91caff',
  CANCELLED: '#d9d9d9',
}

export const PLACEMENT_COLORS: Record<Placement, string> = { FILLS: 'green', EXTRA: 'gold', OUTSIDE: 'red' }
