import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { Button, Card, Flex, Input, Select, Space, Table, Typography } from 'antd'
import type { TableColumnsType } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import type { CouplePartner, PrepregnancyCheckView } from '../../../api/types'
import { useOrgUnitNames } from '../../../api/org-unit-tree'
import { OrgUnitTreeSelect } from '../../../components/OrgUnitTreeSelect'
import { hasAnyRole, useCurrentUser } from '../../../lib/auth'
import { thisYear } from '../../../lib/format'
import { useT } from '../../../lib/i18n'
import { serverPagination } from '../../../lib/pagination'
import { useChecks, type CheckFilters } from '../api/get-checks'
import { CHECK_STATUSES, RISK_LEVELS, recentYears } from '../codes'
import { PREPREGNANCY_WRITE_ROLES } from '../roles'
import { CheckStatusTag, RiskTags } from './CheckTags'
import { RecordCheckDialog } from './RecordCheckDialog'
import { codeLabel } from '../../../lib/register'

type Criteria = Omit<CheckFilters, 'page' | 'size' | 'sort'>

function Partner({ partner }: { partner: CouplePartner }) {
  return (
    <Flex vertical>
      <span>{partner.name}</span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{partner.idNumber}</Typography.Text>
    </Flex>
  )
}

function useColumns(): TableColumnsType<PrepregnancyCheckView> {
  const t = useT()
  const villages = useOrgUnitNames()
  return [
    {
      key: 'checkDate',
      title: t('prepregnancy.checkDate'),
      render: (_, check) => <Link to={`/prepregnancy-checks/${check.id}`}>{check.checkDate}</Link>,
    },
    { key: 'wife', title: t('prepregnancy.wife'), render: (_, check) => <Partner partner={check.wife} /> },
    { key: 'husband', title: t('prepregnancy.husband'), render: (_, check) => <Partner partner={check.husband} /> },
    { key: 'village', title: t('prepregnancy.village'), render: (_, check) => villages.get(check.orgUnitId) ?? '' },
    { key: 'risk', title: t('prepregnancy.risk'), render: (_, check) => <RiskTags level={check.riskLevel} factors={check.riskFactors} /> },
    { key: 'institution', title: t('prepregnancy.institution'), dataIndex: 'institution' },
    { key: 'recordedBy', title: t('prepregnancy.recordedBy'), dataIndex: 'recordedByName' },
    { key: 'status', title: t('prepregnancy.status'), render: (_, check) => <CheckStatusTag status={check.status} /> },
  ]
}

/** 孕前优生检查: checks by partner's name, year, village, risk and status; recording one. */
export function PrepregnancyChecksPage() {
  const t = useT()
  const navigate = useNavigate()
  const [criteria, setCriteria] = useState<Criteria>(() => ({ year: thisYear() }))
  const [paging, setPaging] = useState({ page: 0, size: 20 })
  const [recording, setRecording] = useState(false)
  const checks = useChecks({ ...criteria, ...paging })
  const columns = useColumns()
  const canRecord = hasAnyRole(useCurrentUser(), PREPREGNANCY_WRITE_ROLES)
  const change = (patch: Partial<Criteria>) => {
    setCriteria({ ...criteria, ...patch })
    setPaging({ ...paging, page: 0 })
  }
  const page = checks.data
  return (
    <Card title={t('nav.prepregnancyChecks')}>
      <Flex vertical gap="middle">
        <Flex justify="space-between" wrap gap="small">
          <Space wrap>
            <Input.Search
              placeholder={t('prepregnancy.searchPlaceholder')}
              aria-label={t('common.search')}
              allowClear
              onSearch={(q) => change({ q: q.trim() || undefined })}
              style={{ width: 200 }}
            />
            <Select
              aria-label={t('prepregnancy.year')}
              placeholder={t('prepregnancy.year')}
              allowClear
              value={criteria.year}
              options={recentYears().map((year) => ({ value: year, label: String(year) }))}
              onChange={(year) => change({ year })}
              style={{ width: 100 }}
            />
            <OrgUnitTreeSelect
              placeholder={t('prepregnancy.village')}
              value={criteria.orgUnitId}
              onChange={(orgUnitId) => change({ orgUnitId: orgUnitId ?? undefined })}
              style={{ width: 180 }}
            />
            <Select
              aria-label={t('prepregnancy.risk')}
              placeholder={t('prepregnancy.risk')}
              allowClear
              value={criteria.risk}
              options={RISK_LEVELS.map((code) => ({ value: code, label: codeLabel(t, 'riskLevel', code) }))}
              onChange={(risk) => change({ risk })}
              style={{ width: 110 }}
            />
            <Select
              aria-label={t('prepregnancy.status')}
              placeholder={t('prepregnancy.status')}
              allowClear
              value={criteria.status}
              options={CHECK_STATUSES.map((code) => ({ value: code, label: codeLabel(t, 'checkStatus', code) }))}
              onChange={(status) => change({ status })}
              style={{ width: 110 }}
            />
          </Space>
          {canRecord && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>{t('prepregnancy.record')}</Button>
          )}
        </Flex>
        <Table<PrepregnancyCheckView>
          rowKey="id"
          columns={columns}
          dataSource={page?.items}
          loading={checks.isFetching}
          pagination={serverPagination(page, paging.size, (p, size) => setPaging({ page: p, size }), t)}
          rowClassName={(check) => (check.status === 'VOIDED' ? 'fpms-voided' : '')}
          onRow={(check) => ({ style: check.status === 'VOIDED' ? { opacity: 0.55 } : undefined })}
          scroll={{ x: 'max-content' }}
        />
      </Flex>
      {recording && (
        <RecordCheckDialog
          onClose={() => setRecording(false)}
          onRecorded={(detail) => navigate(`/prepregnancy-checks/${detail.check.id}`)}
        />
      )}
    </Card>
  )
}
