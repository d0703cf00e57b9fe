import { Form, Input, Select } from 'antd'
import type { PregnancyStatus, RiskLevel } from '../../../api/types'
import { OrgUnitTreeSelect } from '../../../components/OrgUnitTreeSelect'
import { useT } from '../../../lib/i18n'
import { PREGNANCY_STATUSES, RISK_LEVELS } from '../../../lib/pregnancy'
import { codeOptions } from '../../../lib/register'
import type { PregnancyFilters } from '../api/get-pregnancies'

export type PregnancyCriteria = Omit<PregnancyFilters, 'page' | 'size' | 'sort'>

interface FilterValues {
  q?: string
  status?: PregnancyStatus | null
  orgUnitId?: number | null
  riskLevel?: RiskLevel | null
  transferredIn?: boolean | null
}

function toCriteria({ q, status, orgUnitId, riskLevel, transferredIn }: FilterValues): PregnancyCriteria {
  return {
    q: q?.trim() || undefined,
    status: status ?? undefined,
    orgUnitId: orgUnitId ?? undefined,
    riskLevel: riskLevel ?? undefined,
    transferredIn: transferredIn ?? undefined,
  }
}

/** Picking from a list applies at once; the name applies on Enter. */
export function PregnancyFilterForm({ onSearch }: { onSearch: (criteria: PregnancyCriteria) => void }) {
  const t = useT()
  const [form] = Form.useForm<FilterValues>()
  return (
    <Form
      form={form}
      layout="inline"
      onFinish={(values) => onSearch(toCriteria(values))}
      onValuesChange={(changed) => { if (!('q' in changed)) form.submit() }}
      style={{ rowGap: 8 }}
    >
      <Form.Item name="q">
        <Input.Search
          placeholder={t('pregnancy.searchPlaceholder')}
          aria-label={t('pregnancy.searchPlaceholder')}
          allowClear
          onSearch={() => form.submit()}
          style={{ width: 220 }}
        />
      </Form.Item>
      <Form.Item name="status" label={t('pregnancy.status')}>
        <Select allowClear options={codeOptions(t, 'pregnancyStatus', PREGNANCY_STATUSES)} style={{ width: 110 }} />
      </Form.Item>
      <Form.Item name="orgUnitId" label={t('person.village')}>
        <OrgUnitTreeSelect style={{ width: 180 }} />
      </Form.Item>
      <Form.Item name="riskLevel" label={t('pregnancy.riskLevel')}>
        <Select allowClear options={codeOptions(t, 'riskLevel', RISK_LEVELS)} style={{ width: 110 }} />
      </Form.Item>
      <Form.Item name="transferredIn" label={t('pregnancy.origin')}>
        <Select
          allowClear
          options={[
            { value: true, label: t('pregnancy.originTransferredIn') },
            { value: false, label: t('pregnancy.originLocal') },
          ]}
          style={{ width: 120 }}
        />
      </Form.Item>
    </Form>
  )
}
