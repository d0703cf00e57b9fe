import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { Button, Card, Flex, Input, Select, Space, Table } from 'antd'
import type { TableColumnsType } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import type { HouseholdView } from '../../../api/types'
import { useOrgUnitNames } from '../../../api/org-unit-tree'
import { ExportButtons } from '../../../components/ExportButtons'
import { OrgUnitTreeSelect } from '../../../components/OrgUnitTreeSelect'
import { hasAnyRole, useCurrentUser } from '../../../lib/auth'
import { useT } from '../../../lib/i18n'
import { codeLabel, codeOptions, HOUSEHOLD_STATUSES, HOUSEHOLD_TYPES, REGISTER_EXPORT_ROLES, REGISTER_WRITE_ROLES } from '../../../lib/register'
import { exportHouseholds } from '../api/export-households'
import { useHouseholds, type HouseholdFilters } from '../api/get-households'
import { CreateHouseholdDialog } from './HouseholdDialogs'
import { HouseholdStatusTag } from './HouseholdStatusTag'
import { serverPagination } from '../../../lib/pagination'

type Criteria = Omit<HouseholdFilters, 'page' | 'size' | 'sort'>

function useColumns(): TableColumnsType<HouseholdView> {
  const t = useT()
  const villages = useOrgUnitNames()
  return [
    { key: 'code', title: t('household.code'), render: (_, household) => <Link to={`/households/${household.id}`}>{household.code}</Link> },
    { key: 'address', title: t('household.address'), dataIndex: 'address' },
    { key: 'village', title: t('household.village'), render: (_, household) => villages.get(household.orgUnitId) ?? '' },
    { key: 'type', title: t('household.type'), render: (_, household) => codeLabel(t, 'householdType', household.type) },
    {
      key: 'head',
      title: t('household.head'),
      render: (_, household) => (household.headId != null
        ? <Link to={`/persons/${household.headId}`}>{household.headName}</Link>
        : t('household.noHead')),
    },
    { key: 'memberCount', title: t('household.memberCount'), dataIndex: 'memberCount', align: 'right' },
    { key: 'status', title: t('household.status'), render: (_, household) => <HouseholdStatusTag status={household.status} /> },
  ]
}

/** 户管理: households by code, address or head's name, village, type and status; creating one. */
export function HouseholdsPage() {
  const t = useT()
  const navigate = useNavigate()
  const [criteria, setCriteria] = useState<Criteria>({ status: 'ACTIVE' })
  const [paging, setPaging] = useState({ page: 0, size: 20 })
  const [creating, setCreating] = useState(false)
  const households = useHouseholds({ ...criteria, ...paging })
  const columns = useColumns()
  const user = useCurrentUser()
  const canWrite = hasAnyRole(user, REGISTER_WRITE_ROLES)
  const canExport = hasAnyRole(user, REGISTER_EXPORT_ROLES)
  const change = (patch: Partial<Criteria>) => {
    setCriteria({ ...criteria, ...patch })
    setPaging({ ...paging, page: 0 })
  }
  const page = households.data
  return (
    <Card title={t('nav.households')}>
      <Flex vertical gap="middle">
        <Flex justify="space-between" wrap gap="small">
          <Space wrap>
            <Input.Search
              placeholder={t('household.searchPlaceholder')}
              aria-label={t('common.search')}
              allowClear
              onSearch={(q) => change({ q: q.trim() || undefined })}
              style={{ width: 260 }}
            />
            <OrgUnitTreeSelect
              placeholder={t('household.village')}
              value={criteria.orgUnitId}
              onChange={(orgUnitId) => change({ orgUnitId: orgUnitId ?? undefined })}
              style={{ width: 180 }}
            />
            <Select
              placeholder={t('household.type')}
              allowClear
              value={criteria.type}
              options={codeOptions(t, 'householdType', HOUSEHOLD_TYPES)}
              onChange={(type) => change({ type })}
              style={{ width: 110 }}
            />
            <Select
              placeholder={t('household.status')}
              allowClear
              value={criteria.status}
              options={codeOptions(t, 'householdStatus', HOUSEHOLD_STATUSES)}
              onChange={(status) => change({ status })}
              style={{ width: 110 }}
            />
          </Space>
          <Space wrap>
            {canExport && <ExportButtons onExport={(format) => exportHouseholds(criteria, format)} />}
            {canWrite && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t('household.create')}</Button>
            )}
          </Space>
        </Flex>
        <Table<HouseholdView>
          rowKey="id"
          columns={columns}
          dataSource={page?.items}
          loading={households.isFetching}
          pagination={serverPagination(page, paging.size, (p, size) => setPaging({ page: p, size }), t)}
          scroll={{ x: 'max-content' }}
        />
      </Flex>
      {creating && (
        <CreateHouseholdDialog
          onClose={() => setCreating(false)}
          onCreated={(detail) => navigate(`/households/${detail.household.id}`)}
        />
      )}
    </Card>
  )
}
