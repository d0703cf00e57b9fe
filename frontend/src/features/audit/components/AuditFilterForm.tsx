import { Button, DatePicker, Form, Input, Space } from 'antd'
import type { Dayjs } from 'dayjs'
import { useT } from '../../../lib/i18n'
import type { AuditFilters } from '../api/get-audit-events'

interface FilterValues {
  entityType?: string
  actor?: string
  action?: string
  period?: [Dayjs | null, Dayjs | null] | null
}

type Criteria = Omit<AuditFilters, 'page' | 'size'>

function toCriteria({ entityType, actor, action, period }: FilterValues): Criteria {
  return {
    entityType: entityType?.trim() || undefined,
    actor: actor?.trim() || undefined,
    action: action?.trim() || undefined,
    from: period?.[0]?.toISOString(),
    to: period?.[1]?.toISOString(),
  }
}

export function AuditFilterForm({ onSearch }: { onSearch: (criteria: Criteria) => void }) {
  const t = useT()
  const [form] = Form.useForm<FilterValues>()
  return (
    <Form form={form} layout="inline" onFinish={(values) => onSearch(toCriteria(values))} style={{ rowGap: 8 }}>
      <Form.Item name="entityType" label={t('audit.entityType')}><Input allowClear style={{ width: 140 }} /></Form.Item>
      <Form.Item name="actor" label={t('audit.actor')}><Input allowClear style={{ width: 140 }} /></Form.Item>
      <Form.Item name="action" label={t('audit.action')}><Input allowClear style={{ width: 140 }} /></Form.Item>
      <Form.Item name="period" label={t('audit.period')}>
        <DatePicker.RangePicker showTime allowEmpty={[true, true]} />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit">{t('common.search')}</Button>
        <Button onClick={() => { form.resetFields(); onSearch({}) }}>{t('common.reset')}</Button>
      </Space>
    </Form>
  )
}
