// Who may do what with pre-pregnancy checks (the backend enforces the same).
import type { Role } from '../../api/types'

/** Reading checks (the list, the results). */
export const PREPREGNANCY_READ_ROLES = ['VILLAGE_WORKER', 'TOWN_OFFICER', 'DISTRICT_OFFICER'] as const satisfies readonly Role[]
/** Recording and voiding checks. */
export const PREPREGNANCY_WRITE_ROLES = ['VILLAGE_WORKER', 'TOWN_OFFICER'] as const satisfies readonly Role[]
