import { Form, InputNumber, Select, Switch } from 'antd'
import type { FollowUpKind } from '../../../api/types'
import { OrgUnitTreeSelect } from '../../../components/OrgUnitTreeSelect'
import { useT } from '../../../lib/i18n'
import { FOLLOW_UP_KINDS } from '../../../lib/pregnancy'
import { codeOptions } from '../../../lib/register'
import type { WorklistFilters } from '../api/get-worklist'

/** How far ahead "含即将到期" looks. */
export const UPCOMING_DAYS = 7

interface FilterValues {
  kind?: FollowUpKind | null
  orgUnitId?: number | null
  minDaysOverdue?: number | null
  includeUpcoming?: boolean
}

export type WorklistCriteria = Omit<WorklistFilters, 'page' | 'size' | 'sort'>

function toCriteria({ kind, orgUnitId, minDaysOverdue, includeUpcoming }: FilterValues): WorklistCriteria {
  return {
    kind: kind ?? undefined,
    orgUnitId: orgUnitId ?? undefined,
    minDaysOverdue: minDaysOverdue ?? undefined,
    upcomingDays: includeUpcoming ? UPCOMING_DAYS : undefined,
  }
}

/** Every filter applies as soon as it changes. */
export function WorklistFilterForm({ onChange }: { onChange: (criteria: WorklistCriteria) => void }) {
  const t = useT()
  return (
    <Form<FilterValues> layout="inline" onValuesChange={(_, all) => onChange(toCriteria(all))} style={{ rowGap: 8 }}>
      <Form.Item name="kind" label={t('visit.kind')}>
        <Select allowClear options={codeOptions(t, 'followUpKind', FOLLOW_UP_KINDS)} style={{ width: 130 }} />
      </Form.Item>
      <Form.Item name="orgUnitId" label={t('person.village')}>
        <OrgUnitTreeSelect style={{ width: 180 }} />
      </Form.Item>
      <Form.Item name="minDaysOverdue" label={t('worklist.minDaysOverdue')}>
        <InputNumber min={0} max={365} precision={0} suffix={t('worklist.days')} style={{ width: 110 }} />
      </Form.Item>
      <Form.Item name="includeUpcoming" label={t('worklist.includeUpcoming')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </Form>
  )
}
