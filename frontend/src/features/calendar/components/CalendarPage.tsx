import { useState } from 'react'
import { Alert, Button, Card, DatePicker, Flex, Form, Input, InputNumber, Radio, Space, Table, Tag, Typography } from 'antd'
import type { TableColumnsType } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import dayjs, { type Dayjs } from 'dayjs'
import type { CalendarDayView } from '../../../api/types'
import { FormDialog } from '../../../components/FormDialog'
import { hasAnyRole, useCurrentUser } from '../../../lib/auth'
import { fromIsoDate, thisYear, toIsoDate } from '../../../lib/format'
import { useT } from '../../../lib/i18n'
import { useCalendarYear, useResetCalendarDay, useSetCalendarDay } from '../api/calendar-days'

interface DayValues {
  day: Dayjs
  working: boolean
  note?: string
  reason: string
}

/** Lists a day (new, or changes one listed: its date then stays). */
function DayDialog({ year, listed, listedDays, onClose }: {
  year: number
  listed?: CalendarDayView
  listedDays: readonly CalendarDayView[]
  onClose: () => void
}) {
  const t = useT()
  const setDay = useSetCalendarDay()
  return (
    <FormDialog<DayValues>
      title={listed ? `${t('calendar.change')}：${listed.day}` : t('calendar.add')}
      initialValues={listed
        ? { day: fromIsoDate(listed.day), working: listed.working, note: listed.note ?? undefined }
        : { day: dayjs(`${year}-01-01`), working: false }}
      onSubmit={({ day, working, note, reason }) => setDay.mutateAsync({
        day: toIsoDate(day)!, body: { working, note: note?.trim() || undefined, reason: reason.trim() },
      })}
      onClose={onClose}
      successMessage={t('common.saved')}
    >
      <Form.Item
        name="day"
        label={t('calendar.day')}
        rules={[
          { required: true },
          { // a new day must not silently replace one listed already: that one is changed from its row
            validator: (_, day?: Dayjs) => (!listed && day && listedDays.some((d) => d.day === toIsoDate(day))
              ? Promise.reject(new Error(t('calendar.alreadyListed')))
              : Promise.resolve()),
          },
        ]}
      >
        <DatePicker disabled={!!listed} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="working" label={t('calendar.kind')} rules={[{ required: true }]}>
        <Radio.Group options={[{ value: false, label: t('calendar.holiday') }, { value: true, label: t('calendar.workday') }]} />
      </Form.Item>
      <Form.Item name="note" label={t('calendar.note')} rules={[{ max: 50 }]}>
        <Input placeholder={t('calendar.notePlaceholder')} />
      </Form.Item>
      <Form.Item name="reason" label={t('calendar.reason')} extra={t('calendar.reasonHint')} rules={[{ required: true, whitespace: true }, { max: 500 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormDialog>
  )
}

function ResetDialog({ listed, onClose }: { listed: CalendarDayView; onClose: () => void }) {
  const t = useT()
  const reset = useResetCalendarDay()
  return (
    <FormDialog<{ reason: string }>
      title={`${t('calendar.reset')}：${listed.day}`}
      onSubmit={({ reason }) => reset.mutateAsync({ day: listed.day, reason: reason.trim() })}
      onClose={onClose}
      successMessage={t('calendar.resetDone')}
    >
      <Typography.Paragraph type="secondary">{t('calendar.resetHint')}</Typography.Paragraph>
      <Form.Item name="reason" label={t('calendar.reason')} rules={[{ required: true, whitespace: true }, { max: 500 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormDialog>
  )
}

type Dialog = { kind: 'set'; listed?: CalendarDayView } | { kind: 'reset'; listed: CalendarDayView }

/**
 * 工作日历: the year's public holidays and make-up working days that 5-working-day deadlines count with; the
 * administrator enters next year's arrangement when the State Council publishes it. Other days: Monday to Friday work.
 */
export function CalendarPage() {
  const t = useT()
  const lastYear = thisYear() + 10 // the API takes 2000 to ten years ahead
  const [year, setYear] = useState(thisYear)
  const days = useCalendarYear(year)
  const canChange = hasAnyRole(useCurrentUser(), ['ADMIN'])
  const [dialog, setDialog] = useState<Dialog>()
  const columns: TableColumnsType<CalendarDayView> = [
    { key: 'day', title: t('calendar.day'), dataIndex: 'day' },
    { key: 'weekday', title: t('calendar.weekday'), render: (_, d) => dayjs(d.day).format('dddd') },
    {
      key: 'kind',
      title: t('calendar.kind'),
      render: (_, d) => (d.working ? <Tag color="blue">{t('calendar.workday')}</Tag> : <Tag color="red">{t('calendar.holiday')}</Tag>),
    },
    { key: 'note', title: t('calendar.note'), dataIndex: 'note' },
    ...(canChange ? [{
      key: 'actions',
      title: t('common.actions'),
      render: (_: unknown, d: CalendarDayView) => (
        <Space>
          <Button size="small" onClick={() => setDialog({ kind: 'set', listed: d })}>{t('calendar.change')}</Button>
          <Button size="small" danger onClick={() => setDialog({ kind: 'reset', listed: d })}>{t('calendar.reset')}</Button>
        </Space>
      ),
    }] : []),
  ]
  return (
    <Card
      title={t('nav.calendar')}
      extra={canChange && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'set' })}>{t('calendar.add')}</Button>
      )}
    >
      <Flex vertical gap={12}>
        <Space>
          <span>{t('calendar.year')}</span>
          <InputNumber aria-label={t('calendar.year')} min={2000} max={lastYear} precision={0} value={year}
            onChange={(value) => value && setYear(value)} />
          <Typography.Text type="secondary">{t('calendar.otherDays')}</Typography.Text>
        </Space>
        {days.data && !days.data.arranged && <Alert type="warning" showIcon title={t('calendar.unarranged', { year })} />}
        <Table<CalendarDayView>
          rowKey="day"
          size="small"
          columns={columns}
          dataSource={days.data?.days ?? []}
          loading={days.isLoading}
          pagination={false}
          locale={{ emptyText: t('calendar.none', { year }) }}
        />
      </Flex>
      {dialog?.kind === 'set' && (
        <DayDialog year={year} listed={dialog.listed} listedDays={days.data?.days ?? []} onClose={() => setDialog(undefined)} />
      )}
      {dialog?.kind === 'reset' && <ResetDialog listed={dialog.listed} onClose={() => setDialog(undefined)} />}
    </Card>
  )
}
