import { Button, Form, Input, InputNumber, Select, Space, Switch } from 'antd'
import type { PersonCriteria } from '../../../api/search-persons'
import { OrgUnitTreeSelect } from '../../../components/OrgUnitTreeSelect'
import { useT } from '../../../lib/i18n'
import { codeOptions, RESIDENCE_STATUSES, SEXES } from '../../../lib/register'

type FilterValues = PersonCriteria

/** Picking from a list applies at once; typed text applies on Enter or 查询. */
const APPLY_AT_ONCE: readonly (keyof FilterValues)[] = ['orgUnitId', 'residenceStatus', 'sex', 'childbearingAge']

function toCriteria({ q, orgUnitId, residenceStatus, sex, ageFrom, ageTo, childbearingAge }: FilterValues): PersonCriteria {
  return {
    q: q?.trim() || undefined,
    orgUnitId: orgUnitId ?? undefined,
    residenceStatus: residenceStatus ?? undefined,
    sex: sex ?? undefined,
    ageFrom: ageFrom ?? undefined,
    ageTo: ageTo ?? undefined,
    childbearingAge: childbearingAge || undefined,
  }
}

export function PersonFilterForm({ onSearch }: { onSearch: (criteria: PersonCriteria) => void }) {
  const t = useT()
  const [form] = Form.useForm<FilterValues>()
  return (
    <Form
      form={form}
      layout="inline"
      onFinish={(values) => onSearch(toCriteria(values))}
      onValuesChange={(changed) => {
        if (Object.keys(changed).some((key) => APPLY_AT_ONCE.includes(key as keyof FilterValues))) form.submit()
      }}
      style={{ rowGap: 8 }}
    >
      <Form.Item name="q">
        <Input.Search
          placeholder={t('person.searchPlaceholder')}
          aria-label={t('common.search')}
          allowClear
          onSearch={() => form.submit()}
          style={{ width: 380 }}
        />
      </Form.Item>
      <Form.Item name="orgUnitId" label={t('person.village')}>
        <OrgUnitTreeSelect style={{ width: 180 }} />
      </Form.Item>
      <Form.Item name="residenceStatus" label={t('person.residenceStatus')}>
        <Select allowClear options={codeOptions(t, 'residence', RESIDENCE_STATUSES)} style={{ width: 110 }} />
      </Form.Item>
      <Form.Item name="sex" label={t('person.sex')}>
        <Select allowClear options={codeOptions(t, 'sex', SEXES)} style={{ width: 90 }} />
      </Form.Item>
      <Form.Item label={t('person.age')}>
        <Space.Compact>
          <Form.Item name="ageFrom" noStyle>
            <InputNumber min={0} max={150} precision={0} placeholder={t('person.ageFrom')} aria-label={t('person.ageFrom')} style={{ width: 100 }} />
          </Form.Item>
          <Form.Item name="ageTo" noStyle>
            <InputNumber min={0} max={150} precision={0} placeholder={t('person.ageTo')} aria-label={t('person.ageTo')} style={{ width: 100 }} />
          </Form.Item>
        </Space.Compact>
      </Form.Item>
      <Form.Item name="childbearingAge" label={t('person.childbearingAge')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit">{t('common.search')}</Button>
        <Button onClick={() => { form.resetFields(); onSearch({}) }}>{t('common.reset')}</Button>
      </Space>
    </Form>
  )
}
