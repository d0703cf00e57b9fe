// Who may do what with annual targets (the backend enforces the same).
import type { Role } from '../../api/types'

/** Reading targets and the progress against them. */
export const TARGET_READ_ROLES = [
  'VILLAGE_WORKER', 'TOWN_OFFICER', 'DISTRICT_OFFICER', 'AUDITOR', 'ADMIN',
] as const satisfies readonly Role[]
/** Setting the targets of the units below one's own. */
export const TARGET_SET_ROLES = ['ADMIN', 'DISTRICT_OFFICER', 'TOWN_OFFICER'] as const satisfies readonly Role[]
