import type { OrgLevel } from '../../api/types'
import type { Translate } from '../../lib/i18n'
import type { MessageKey } from '../../lib/messages/zh-CN'

/** From the top of the tree down. */
export const ORG_LEVELS = ['REGION', 'CITY', 'DISTRICT', 'TOWN', 'VILLAGE'] as const satisfies readonly OrgLevel[]

export function levelLabel(t: Translate, level: string): string {
  return t(`orgLevel.${level}` as MessageKey)
}

/** The levels a child of a unit at `level` may have: those below it, the next one first. */
export function childLevels(level: string): OrgLevel[] {
  return ORG_LEVELS.slice(ORG_LEVELS.indexOf(level as OrgLevel) + 1)
}
