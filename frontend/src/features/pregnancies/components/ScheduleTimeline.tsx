import { Empty, Flex, Tooltip, Typography } from 'antd'
import type { FollowUpKind, PregnancySchedule, SlotStatus, SlotView } from '../../../api/types'
import { daysBetween } from '../../../lib/gestation'
import { useT } from '../../../lib/i18n'
import { FOLLOW_UP_KINDS, SLOT_STATUS_FILLS } from '../../../lib/pregnancy'
import { codeLabel } from '../../../lib/register'
import { slotName } from './tags'

const STATUSES: readonly SlotStatus[] = ['DONE', 'DUE', 'OVERDUE', 'MISSED', 'UPCOMING', 'CANCELLED']
/** Light fills carry dark numbers. */
const DARK_TEXT: readonly SlotStatus[] = ['UPCOMING', 'CANCELLED']
const LABEL_WIDTH = 88

function SlotTip({ slot }: { slot: SlotView }) {
  const t = useT()
  return (
    <Flex vertical>
      <strong>{slotName(t, slot.kind, slot.seq)}：{codeLabel(t, 'slotStatus', slot.status)}</strong>
      <span>{t('pregnancy.slotWindow', { start: slot.start, end: slot.end })}</span>
      <span>{t('pregnancy.slotDue', { date: slot.dueDate })}</span>
      {slot.filledOn && <span>{t('pregnancy.slotFilled', { date: slot.filledOn })}</span>}
      {slot.cancelledOn && <span>{t('pregnancy.slotCancelled', { date: slot.cancelledOn })}</span>}
      {slot.daysOverdue > 0 && <span>{t('pregnancy.daysOverdue', { days: slot.daysOverdue })}</span>}
    </Flex>
  )
}

interface Axis {
  first: string
  span: number
}

/** Where a day lies on the axis, in percent of its width. */
const at = (axis: Axis, day: string) => ((daysBetween(axis.first, day) ?? 0) / axis.span) * 100

function KindRow({ kind, slots, axis }: { kind: FollowUpKind; slots: SlotView[]; axis: Axis }) {
  const t = useT()
  const label = codeLabel(t, 'followUpKind', kind)
  return (
    <Flex align="center">
      <Typography.Text style={{ width: LABEL_WIDTH, flex: 'none' }}>{label}</Typography.Text>
      <ul aria-label={label} style={{ position: 'relative', flex: 1, height: 28, margin: 0, padding: 0, listStyle: 'none', background: '#fafafa' }}>
        {slots.map((slot) => (
          <Tooltip key={slot.seq} title={<SlotTip slot={slot} />}>
            <li
              aria-label={`${slotName(t, kind, slot.seq)}：${codeLabel(t, 'slotStatus', slot.status)}`}
              data-status={slot.status}
              tabIndex={0}
              style={{
                position: 'absolute',
                top: 2,
                bottom: 2,
                left: `${at(axis, slot.start)}%`,
                width: `${((daysBetween(slot.start, slot.end) ?? 0) + 1) / axis.span * 100}%`,
                background: SLOT_STATUS_FILLS[slot.status],
                color: DARK_TEXT.includes(slot.status) ? 'rgba(0, 0, 0, 0.88)' : '#fff',
                border: '1px solid #fff',
                borderRadius: 4,
                fontSize: 12,
                lineHeight: '22px',
                textAlign: 'center',
                overflow: 'hidden',
                cursor: 'default',
              }}
            >
              {slot.seq + 1}
            </li>
          </Tooltip>
        ))}
      </ul>
    </Flex>
  )
}

function Legend() {
  const t = useT()
  return (
    <Flex gap="middle" wrap>
      {STATUSES.map((status) => (
        <Flex key={status} align="center" gap={4}>
          <span aria-hidden style={{ width: 12, height: 12, borderRadius: 2, background: SLOT_STATUS_FILLS[status] }} />
          <Typography.Text type="secondary">{codeLabel(t, 'slotStatus', status)}</Typography.Text>
        </Flex>
      ))}
    </Flex>
  )
}

/**
 * The follow-up schedule as a timeline: one row per kind, each slot a block over its period, coloured by its status
 * on the as-of day (marked by a line); its window and due date in a tooltip.
 */
export function ScheduleTimeline({ schedule }: { schedule: PregnancySchedule }) {
  const t = useT()
  const { slots, asOf } = schedule
  if (slots.length === 0) return <Empty description={t('pregnancy.noSlots')} />
  const first = slots.reduce((min, slot) => (slot.start < min ? slot.start : min), slots[0].start)
  const last = slots.reduce((max, slot) => (slot.end > max ? slot.end : max), slots[0].end)
  const axis: Axis = { first, span: (daysBetween(first, last) ?? 0) + 1 }
  const showAsOf = asOf >= first && asOf <= last
  return (
    <Flex vertical gap="small">
      <div style={{ position: 'relative' }}>
        <Flex vertical gap={6}>
          {FOLLOW_UP_KINDS.map((kind) => (
            <KindRow key={kind} kind={kind} slots={slots.filter((slot) => slot.kind === kind)} axis={axis} />
          ))}
        </Flex>
        {showAsOf && (
          <div style={{ position: 'absolute', top: -4, bottom: -4, left: LABEL_WIDTH, right: 0, pointerEvents: 'none' }}>
            <div aria-hidden style={{ position: 'absolute', top: 0, bottom: 0, left: `${at(axis, asOf)}%`, width: 2, background: '#1677ff' }} />
          </div>
        )}
      </div>
      <Flex justify="space-between" style={{ marginLeft: LABEL_WIDTH }}>
        <Typography.Text type="secondary">{first}</Typography.Text>
        <Typography.Text style={{ color: '#1677ff' }}>{t('pregnancy.asOf')}：{asOf}</Typography.Text>
        <Typography.Text type="secondary">{last}</Typography.Text>
      </Flex>
      <Legend />
    </Flex>
  )
}
