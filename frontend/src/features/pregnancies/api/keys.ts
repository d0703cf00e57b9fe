// Every query of pregnancies and their follow-up lives under one key: a visit, an outcome or a correction changes
// the worklist, the schedule, the visits, the register's tags and the compliance at once, so one invalidation
// refreshes them all.
export const PREGNANCIES_KEY = ['pregnancies'] as const
export const WORKLIST_KEY = [...PREGNANCIES_KEY, 'worklist'] as const
export const COMPLIANCE_KEY = [...PREGNANCIES_KEY, 'compliance'] as const
/** The rule versions: changed by an administrator only, read by everyone. */
export const FOLLOW_UP_RULES_KEY = ['follow-up-rules'] as const
