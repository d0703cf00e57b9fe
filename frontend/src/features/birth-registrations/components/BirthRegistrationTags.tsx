import { Tag, Tooltip } from 'antd'
import type { BirthRegistrationDeadline, BirthRegistrationStatus } from '../../../api/types'
import { useT } from '../../../lib/i18n'
import { DEADLINE_COLORS, STATUS_COLORS } from '../codes'
import { codeLabel } from '../../../lib/register'

export function BirthStatusTag({ status }: { status: BirthRegistrationStatus }) {
  const t = useT()
  return <Tag color={STATUS_COLORS[status]}>{codeLabel(t, 'birthStatus', status)}</Tag>
}

/** Shown for open applications only; nothing once decided. */
export function DeadlineTag({ deadline }: { deadline?: BirthRegistrationDeadline }) {
  const t = useT()
  if (!deadline) return null
  return <Tag color={DEADLINE_COLORS[deadline]}>{codeLabel(t, 'birthDeadline', deadline)}</Tag>
}

/** The due date was counted across a year whose holiday arrangement is not entered: Monday to Friday there. */
export function WeekdaysOnlyTag({ weekdaysOnly }: { weekdaysOnly?: boolean }) {
  const t = useT()
  if (!weekdaysOnly) return null
  return <Tooltip title={t('birth.weekdaysOnlyHint')}><Tag color="warning">{t('birth.weekdaysOnly')}</Tag></Tooltip>
}
