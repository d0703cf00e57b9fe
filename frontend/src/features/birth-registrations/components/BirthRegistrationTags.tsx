import { Tag } from 'antd'
import type { BirthRegistrationDeadline, BirthRegistrationStatus } from '../../../api/types'
import { useT } from '../../../lib/i18n'
import { birthLabel, DEADLINE_COLORS, STATUS_COLORS } from '../codes'

export function BirthStatusTag({ status }: { status: BirthRegistrationStatus }) {
  const t = useT()
  return <Tag color={STATUS_COLORS[status]}>{birthLabel(t, 'birthStatus', status)}</Tag>
}

/** Shown for open applications only; nothing once decided. */
export function DeadlineTag({ deadline }: { deadline?: BirthRegistrationDeadline }) {
  const t = useT()
  if (!deadline) return null
  return <Tag color={DEADLINE_COLORS[deadline]}>{birthLabel(t, 'birthDeadline', deadline)}</Tag>
}
