// Birth registration: who may do what, and the colours of its codes (their words: codeLabel in lib/register).
import type {
  BirthRegistrationChannel, BirthRegistrationDeadline, BirthRegistrationKind, BirthRegistrationStatus, Role,
} from '../../api/types'

/** Reading applications (the backend allows the same). */
export const BIRTH_READ_ROLES = [
  'VILLAGE_WORKER', 'TOWN_OFFICER', 'SERVICE', 'DISTRICT_OFFICER', 'AUDITOR',
] as const satisfies readonly Role[]
/** Submitting one. */
export const BIRTH_SUBMIT_ROLES = ['VILLAGE_WORKER', 'TOWN_OFFICER', 'SERVICE'] as const satisfies readonly Role[]

export const BIRTH_STATUSES = [
  'SUBMITTED', 'VILLAGE_REVIEWED', 'REGISTERED', 'RETURNED', 'APPROVED', 'REJECTED',
] as const satisfies readonly BirthRegistrationStatus[]
export const BIRTH_KINDS = ['REGISTRATION', 'APPROVAL'] as const satisfies readonly BirthRegistrationKind[]
export const BIRTH_CHANNELS = ['OFFICE', 'ONLINE'] as const satisfies readonly BirthRegistrationChannel[]

/** The first child order that needs an approval rather than a registration (the server decides; the form shows it). */
export const APPROVAL_FROM_CHILD = 3

export const STATUS_COLORS: Record<BirthRegistrationStatus, string> = {
  SUBMITTED: 'blue',
  VILLAGE_REVIEWED: 'cyan',
  REGISTERED: 'green',
  RETURNED: 'orange',
  APPROVED: 'green',
  REJECTED: 'red',
}

export const DEADLINE_COLORS: Record<BirthRegistrationDeadline, string> = {
  ON_TIME: 'default',
  DUE_SOON: 'gold',
  OVERDUE: 'red',
}

/** Statuses whose certificate (登记证 / 审批决定书) can be printed. */
export const PRINTABLE: readonly BirthRegistrationStatus[] = ['REGISTERED', 'APPROVED', 'REJECTED']
