// Every query of the household and person register lives under one key: a write to a person or a household can
// change the other lists (members, relations, floating counts), so one invalidation refreshes them all.
export const REGISTER_KEY = ['register'] as const
export const PERSONS_KEY = [...REGISTER_KEY, 'persons'] as const
export const HOUSEHOLDS_KEY = [...REGISTER_KEY, 'households'] as const
