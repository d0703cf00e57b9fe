// The codes of a pre-pregnancy check and their words.
import type { BloodType, LabResult, PrepregnancyCheckStatus, CheckRiskLevel } from '../../api/types'
import { todayIso } from '../../lib/format'
import type { Translate } from '../../lib/i18n'

export const LAB_RESULTS = ['NORMAL', 'ABNORMAL', 'NOT_DONE'] as const satisfies readonly LabResult[]
export const BLOOD_TYPES = ['A', 'B', 'O', 'AB', 'NOT_DONE'] as const satisfies readonly BloodType[]
export const RISK_LEVELS = ['LOW', 'HIGH'] as const satisfies readonly CheckRiskLevel[]
export const CHECK_STATUSES = ['VALID', 'VOIDED'] as const satisfies readonly PrepregnancyCheckStatus[]

/** The items tested for both partners (blood group aside), and those for the wife only. */
export const SHARED_ITEMS = ['hbsag', 'syphilis', 'hiv', 'bloodGlucose'] as const
export const WIFE_ONLY_ITEMS = ['tsh', 'rubellaIgg'] as const
export type LabItem = (typeof SHARED_ITEMS)[number] | (typeof WIFE_ONLY_ITEMS)[number]

export const labItemLabel = (t: Translate, item: LabItem | 'bloodType') => t(`labItem.${item}`)

/** Years to pick from: this year (in Asia/Shanghai; `today` is yyyy-MM-dd) back to 2015. */
export function recentYears(today = todayIso()): number[] {
  const year = Number(today.slice(0, 4))
  return Array.from({ length: year - 2015 + 1 }, (_, i) => year - i)
}
