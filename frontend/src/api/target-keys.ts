// The annual targets' queries: their progress counts records of other features (pre-pregnancy checks), whose writes
// invalidate this key.
export const TARGETS_KEY = ['targets'] as const
