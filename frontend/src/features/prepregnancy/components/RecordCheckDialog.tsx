import { Checkbox, Col, DatePicker, Form, Input, Radio, Row, Select, Typography } from 'antd'
import { type Dayjs } from 'dayjs'
import type {
  CheckResults, HusbandResults, PersonView, PrepregnancyCheckDetail, PrepregnancyCheckWrite, WifeResults,
} from '../../../api/types'
import { FormDialog } from '../../../components/FormDialog'
import { afterToday, fromIsoDate, todayIso, toIsoDate } from '../../../lib/format'
import { useI18n } from '../../../lib/i18n'
import { useRiskFactors } from '../api/get-risk-factors'
import { useRecordCheck } from '../api/record-check'
import {
  BLOOD_TYPES, LAB_RESULTS, RISK_LEVELS, SHARED_ITEMS, WIFE_ONLY_ITEMS, labItemLabel, type LabItem,
} from '../codes'
import { PersonSearchSelect } from '../../../components/register/PersonSearchSelect'
import { codeLabel } from '../../../lib/register'

/** The form's values: the request body, with the date as a picker's day and the results as filled in so far. */
type Values = Omit<PrepregnancyCheckWrite, 'checkDate' | 'results'> & {
  checkDate: Dayjs
  results: { wife: Partial<WifeResults>; husband: Partial<HusbandResults> }
}

const ALL_NORMAL = { hbsag: 'NORMAL', syphilis: 'NORMAL', hiv: 'NORMAL', bloodGlucose: 'NORMAL' } as const

interface Props {
  onClose: () => void
  onRecorded?: (detail: PrepregnancyCheckDetail) => void
}

/**
 * 登记免费孕前优生健康检查: the couple picked from the register, the results of each partner (NORMAL to begin with,
 * as most are; the blood groups must be chosen), the risk assessment with its factors, and the advice.
 */
export function RecordCheckDialog({ onClose, onRecorded }: Props) {
  const { t, language } = useI18n()
  const record = useRecordCheck()
  const factors = useRiskFactors()
  const pick = t('prepregnancy.pick')
  const wife = t('prepregnancy.wife')
  const husband = t('prepregnancy.husband')
  const age = (person: PersonView) => t('prepregnancy.ageAtCheck', { age: person.age })

  const submit = async ({ checkDate, results, ...values }: Values) => {
    const detail = await record.mutateAsync({
      ...values,
      checkDate: toIsoDate(checkDate) ?? '',
      // every item is required by the form's rules
      results: results as CheckResults,
      riskFactors: values.riskLevel === 'HIGH' ? values.riskFactors ?? [] : [],
    })
    onRecorded?.(detail)
  }

  const resultItem = (partner: 'wife' | 'husband', item: LabItem) => (
    <Form.Item name={['results', partner, item]} rules={[{ required: true, message: pick }]} style={{ marginBottom: 8 }}>
      <Radio.Group
        aria-label={`${partner === 'wife' ? wife : husband} ${labItemLabel(t, item)}`}
        optionType="button"
        size="small"
        options={LAB_RESULTS.map((code) => ({ value: code, label: codeLabel(t, 'labResult', code) }))}
      />
    </Form.Item>
  )
  const bloodType = (partner: 'wife' | 'husband') => (
    <Form.Item name={['results', partner, 'bloodType']} rules={[{ required: true, message: pick }]} style={{ marginBottom: 8 }}>
      <Select
        aria-label={`${partner === 'wife' ? wife : husband} ${labItemLabel(t, 'bloodType')}`}
        placeholder={pick}
        options={BLOOD_TYPES.map((code) => ({ value: code, label: codeLabel(t, 'bloodType', code) }))}
        style={{ width: 120 }}
      />
    </Form.Item>
  )

  return (
    <FormDialog<Values>
      title={t('prepregnancy.recordTitle')}
      width={920}
      successMessage={t('prepregnancy.recorded')}
      initialValues={{
        checkDate: fromIsoDate(todayIso()), // the server's today (Asia/Shanghai), not the browser's
        riskLevel: 'LOW',
        riskFactors: [],
        results: { wife: { ...ALL_NORMAL, tsh: 'NORMAL', rubellaIgg: 'NORMAL' }, husband: { ...ALL_NORMAL } },
      }}
      onSubmit={submit}
      onClose={onClose}
    >
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="wifeId" label={wife} rules={[{ required: true, message: pick }]}>
            <PersonSearchSelect sex="FEMALE" placeholder={t('prepregnancy.pickWife')} describe={age} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="husbandId" label={husband} rules={[{ required: true, message: pick }]}>
            <PersonSearchSelect sex="MALE" placeholder={t('prepregnancy.pickHusband')} describe={age} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="checkDate" label={t('prepregnancy.checkDate')} rules={[{ required: true, message: pick }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={afterToday} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name="institution" label={t('prepregnancy.institution')} rules={[{ required: true, whitespace: true, message: pick }]}>
            <Input maxLength={100} placeholder="沙坡头区妇幼保健计划生育服务中心" />
          </Form.Item>
        </Col>
      </Row>

      <Typography.Title level={5}>{t('prepregnancy.results')}</Typography.Title>
      <table style={{ width: '100%', borderCollapse: 'collapse', marginBottom: 16 }}>
        <thead>
          <tr style={{ textAlign: 'left' }}>
            <th style={{ width: 160 }}>{t('prepregnancy.item')}</th>
            <th>{wife}</th>
            <th>{husband}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row" style={{ fontWeight: 'normal' }}>{labItemLabel(t, 'bloodType')}</th>
            <td>{bloodType('wife')}</td>
            <td>{bloodType('husband')}</td>
          </tr>
          {SHARED_ITEMS.map((item) => (
            <tr key={item}>
              <th scope="row" style={{ fontWeight: 'normal' }}>{labItemLabel(t, item)}</th>
              <td>{resultItem('wife', item)}</td>
              <td>{resultItem('husband', item)}</td>
            </tr>
          ))}
          {WIFE_ONLY_ITEMS.map((item) => (
            <tr key={item}>
              <th scope="row" style={{ fontWeight: 'normal' }}>{labItemLabel(t, item)}</th>
              <td>{resultItem('wife', item)}</td>
              <td>—</td>
            </tr>
          ))}
          <tr>
            <th scope="row" style={{ fontWeight: 'normal' }}>{t('prepregnancy.note')}</th>
            <td style={{ paddingRight: 8 }}>
              <Form.Item name={['results', 'wife', 'note']} style={{ marginBottom: 0 }}>
                <Input aria-label={`${wife} ${t('prepregnancy.note')}`} maxLength={500} />
              </Form.Item>
            </td>
            <td>
              <Form.Item name={['results', 'husband', 'note']} style={{ marginBottom: 0 }}>
                <Input aria-label={`${husband} ${t('prepregnancy.note')}`} maxLength={500} />
              </Form.Item>
            </td>
          </tr>
        </tbody>
      </table>

      <Form.Item name="riskLevel" label={t('prepregnancy.risk')} rules={[{ required: true, message: pick }]}>
        <Radio.Group options={RISK_LEVELS.map((code) => ({ value: code, label: codeLabel(t, 'riskLevel', code) }))} />
      </Form.Item>
      <Form.Item noStyle dependencies={['riskLevel']}>
        {({ getFieldValue }) => getFieldValue('riskLevel') === 'HIGH' && (
          <Form.Item
            name="riskFactors"
            label={t('prepregnancy.riskFactors')}
            rules={[{ required: true, type: 'array', min: 1, message: t('prepregnancy.factorsRequired') }]}
          >
            <Checkbox.Group
              options={(factors.data ?? []).map((f) => ({ value: f.code, label: language === 'zh-CN' ? f.name : f.nameEn }))}
            />
          </Form.Item>
        )}
      </Form.Item>
      <Form.Item name="advice" label={t('prepregnancy.advice')}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </FormDialog>
  )
}
