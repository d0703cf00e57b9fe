/** Every pre-pregnancy check query lives under this key; a record or a void refreshes them all (and the targets' progress). */
export const PREPREGNANCY_KEY = ['prepregnancy-checks'] as const
