// How pregnancies and follow-ups show their codes: coloured tags, the gestational age in words.
import { Tag } from 'antd'
import type { FollowUpKind, Placement, PregnancyStatus, RiskLevel, SlotStatus } from '../../../api/types'
import type { Gestation } from '../../../lib/gestation'
import { useT, type Translate } from '../../../lib/i18n'
import {
  PLACEMENT_COLORS, PREGNANCY_STATUS_COLORS, RISK_LEVEL_COLORS, SLOT_STATUS_COLORS,
} from '../../../lib/pregnancy'
import { codeLabel } from '../../../lib/register'

export function PregnancyStatusTag({ status }: { status: PregnancyStatus }) {
  const t = useT()
  return <Tag color={PREGNANCY_STATUS_COLORS[status]}>{codeLabel(t, 'pregnancyStatus', status)}</Tag>
}

export function RiskLevelTag({ level }: { level: RiskLevel }) {
  const t = useT()
  return <Tag color={RISK_LEVEL_COLORS[level]}>{codeLabel(t, 'riskLevel', level)}</Tag>
}

/** A pregnancy continued here after its woman moved from another village. */
export function TransferredInTag() {
  const t = useT()
  return <Tag color="purple">{t('pregnancy.transferredIn')}</Tag>
}

export function HighRiskTag() {
  const t = useT()
  return <Tag color="red">{t('pregnancy.highRisk')}</Tag>
}

export function SlotStatusTag({ status }: { status: SlotStatus }) {
  const t = useT()
  return <Tag color={SLOT_STATUS_COLORS[status]}>{codeLabel(t, 'slotStatus', status)}</Tag>
}

export function PlacementTag({ placement }: { placement: Placement }) {
  const t = useT()
  return <Tag color={PLACEMENT_COLORS[placement]}>{codeLabel(t, 'placement', placement)}</Tag>
}

/** "23周+4天". */
export function gestationText(t: Translate, { weeks, days }: Gestation): string {
  return t('pregnancy.gestationValue', { weeks, days })
}

/** "第2次上门随访" for the slot numbered 1 (slots count from 0). */
export function slotName(t: Translate, kind: FollowUpKind, seq: number): string {
  return t('pregnancy.slotName', { n: seq + 1, kind: codeLabel(t, 'followUpKind', kind) })
}
