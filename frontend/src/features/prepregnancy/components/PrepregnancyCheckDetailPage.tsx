import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { Alert, Button, Card, Descriptions, Flex, Form, Input, Result, Spin, Table, Typography } from 'antd'
import type { TableColumnsType } from 'antd'
import type { CouplePartner, HusbandResults, LabResult, PrepregnancyCheckDetail, WifeResults } from '../../../api/types'
import { useOrgUnitNames } from '../../../api/org-unit-tree'
import { FormDialog } from '../../../components/FormDialog'
import { ApiProblem } from '../../../lib/api-client'
import { hasAnyRole, useCurrentUser } from '../../../lib/auth'
import { formatDateTime } from '../../../lib/format'
import { useT } from '../../../lib/i18n'
import { useCheck } from '../api/get-check'
import { useVoidCheck } from '../api/void-check'
import { SHARED_ITEMS, WIFE_ONLY_ITEMS, labItemLabel, type LabItem } from '../codes'
import { PREPREGNANCY_WRITE_ROLES } from '../roles'
import { CheckStatusTag, RiskTags } from './CheckTags'
import { codeLabel } from '../../../lib/register'

interface ResultRow {
  item: LabItem | 'bloodType' | 'note'
  wife: string
  husband: string
  wifeAbnormal?: boolean
  husbandAbnormal?: boolean
}

function resultRows(t: ReturnType<typeof useT>, wife: WifeResults, husband: HusbandResults): ResultRow[] {
  const result = (code: LabResult | undefined) => codeLabel(t, 'labResult', code)
  return [
    { item: 'bloodType', wife: codeLabel(t, 'bloodType', wife.bloodType), husband: codeLabel(t, 'bloodType', husband.bloodType) },
    ...SHARED_ITEMS.map((item) => ({
      item, wife: result(wife[item]), husband: result(husband[item]),
      wifeAbnormal: wife[item] === 'ABNORMAL', husbandAbnormal: husband[item] === 'ABNORMAL',
    })),
    ...WIFE_ONLY_ITEMS.map((item) => ({ item, wife: result(wife[item]), husband: '—', wifeAbnormal: wife[item] === 'ABNORMAL' })),
    { item: 'note', wife: wife.note ?? '', husband: husband.note ?? '' },
  ]
}

function partnerText(t: ReturnType<typeof useT>, partner: CouplePartner) {
  return `${partner.name}（${t('prepregnancy.ageAtCheck', { age: partner.ageAtCheck })}）${partner.idNumber}`
}

function VoidDialog({ detail, onClose }: { detail: PrepregnancyCheckDetail; onClose: () => void }) {
  const t = useT()
  const voidCheck = useVoidCheck()
  return (
    <FormDialog<{ reason: string }>
      title={t('prepregnancy.voidTitle')}
      successMessage={t('prepregnancy.voidDone')}
      onSubmit={({ reason }) => voidCheck.mutateAsync({ check: detail.check, reason })}
      onClose={onClose}
    >
      <Alert type="warning" showIcon title={t('prepregnancy.voidHint')} style={{ marginBottom: 16 }} />
      <Form.Item name="reason" label={t('prepregnancy.voidReason')} rules={[{ required: true, whitespace: true, message: t('prepregnancy.pick') }]}>
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
    </FormDialog>
  )
}

/** One check: the couple, every result (this read is audited), the risk assessment, the advice; voiding it. */
export function PrepregnancyCheckDetailPage() {
  const t = useT()
  const id = Number(useParams().id)
  const { data: detail, error, isLoading } = useCheck(id)
  const villages = useOrgUnitNames()
  const canVoid = hasAnyRole(useCurrentUser(), PREPREGNANCY_WRITE_ROLES)
  const [voiding, setVoiding] = useState(false)
  if (isLoading) return <Spin />
  if (!detail) {
    return error instanceof ApiProblem && error.status === 404
      ? <Result status="404" title={t('prepregnancy.notFound')} extra={<Link to="/prepregnancy-checks">{t('nav.prepregnancyChecks')}</Link>} />
      : null
  }
  const { check } = detail
  const columns: TableColumnsType<ResultRow> = [
    { key: 'item', title: t('prepregnancy.item'), render: (_, row) => (row.item === 'note' ? t('prepregnancy.note') : labItemLabel(t, row.item)) },
    {
      key: 'wife', title: t('prepregnancy.wife'),
      render: (_, row) => <Typography.Text type={row.wifeAbnormal ? 'danger' : undefined}>{row.wife}</Typography.Text>,
    },
    {
      key: 'husband', title: t('prepregnancy.husband'),
      render: (_, row) => <Typography.Text type={row.husbandAbnormal ? 'danger' : undefined}>{row.husband}</Typography.Text>,
    },
  ]
  return (
    <Flex vertical gap="middle">
      <Card
        title={t('prepregnancy.detail')}
        extra={canVoid && check.status === 'VALID' && (
          <Button danger onClick={() => setVoiding(true)}>{t('prepregnancy.void')}</Button>
        )}
      >
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('prepregnancy.wife')}>{partnerText(t, check.wife)}</Descriptions.Item>
          <Descriptions.Item label={t('prepregnancy.husband')}>{partnerText(t, check.husband)}</Descriptions.Item>
          <Descriptions.Item label={t('prepregnancy.checkDate')}>{check.checkDate}</Descriptions.Item>
          <Descriptions.Item label={t('prepregnancy.village')}>{villages.get(check.orgUnitId) ?? ''}</Descriptions.Item>
          <Descriptions.Item label={t('prepregnancy.institution')}>{check.institution}</Descriptions.Item>
          <Descriptions.Item label={t('prepregnancy.status')}><CheckStatusTag status={check.status} /></Descriptions.Item>
          <Descriptions.Item label={t('prepregnancy.recordedBy')}>{check.recordedByName}</Descriptions.Item>
          <Descriptions.Item label={t('prepregnancy.recordedAt')}>{formatDateTime(detail.recordedAt)}</Descriptions.Item>
          {check.status === 'VOIDED' && (
            <>
              <Descriptions.Item label={t('prepregnancy.voidReason')}>{detail.voidReason}</Descriptions.Item>
              <Descriptions.Item label={t('prepregnancy.voidedAt')}>{`${formatDateTime(detail.voidedAt)} ${detail.voidedBy ?? ''}`}</Descriptions.Item>
            </>
          )}
        </Descriptions>
      </Card>
      <Card title={t('prepregnancy.results')} extra={<Typography.Text type="secondary">{t('prepregnancy.readAudited')}</Typography.Text>}>
        <Table<ResultRow>
          rowKey="item"
          size="small"
          pagination={false}
          columns={columns}
          dataSource={resultRows(t, detail.results.wife, detail.results.husband)}
        />
      </Card>
      <Card title={t('prepregnancy.risk')}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('prepregnancy.risk')}><RiskTags level={check.riskLevel} factors={check.riskFactors} /></Descriptions.Item>
          <Descriptions.Item label={t('prepregnancy.advice')}>{detail.advice ?? ''}</Descriptions.Item>
        </Descriptions>
      </Card>
      {voiding && <VoidDialog detail={detail} onClose={() => setVoiding(false)} />}
    </Flex>
  )
}
