import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { Button, Card, Flex, Input, Select, Space, Table, Tabs } from 'antd'
import type { TableColumnsType } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import type { BirthRegistrationQueue, BirthRegistrationView } from '../../../api/types'
import { useOrgUnitNames } from '../../../api/org-unit-tree'
import { OrgUnitTreeSelect } from '../../../components/OrgUnitTreeSelect'
import { hasAnyRole, useCurrentUser } from '../../../lib/auth'
import { useT } from '../../../lib/i18n'
import { serverPagination } from '../../../lib/pagination'
import { useBirthRegistrations, type BirthRegistrationFilters } from '../api/get-birth-registrations'
import { BIRTH_KINDS, BIRTH_STATUSES, BIRTH_SUBMIT_ROLES } from '../codes'
import { BirthStatusTag, DeadlineTag, WeekdaysOnlyTag } from './BirthRegistrationTags'
import { SubmitBirthRegistrationDialog } from './SubmitBirthRegistrationDialog'
import { codeLabel, codeOptions } from '../../../lib/register'

type Tab = BirthRegistrationQueue | 'ALL'
type Criteria = Omit<BirthRegistrationFilters, 'page' | 'size' | 'sort' | 'queue'>

/** Whose work the worklists are: they open on 待审核; readers open on everything. */
const DECIDING_ROLES = ['VILLAGE_WORKER', 'TOWN_OFFICER'] as const

function useColumns(): TableColumnsType<BirthRegistrationView> {
  const t = useT()
  const villages = useOrgUnitNames()
  return [
    {
      key: 'mother',
      title: t('birth.mother'),
      render: (_, r) => <Link to={`/birth-registrations/${r.id}`}>{r.motherName}</Link>,
    },
    { key: 'motherIdNumber', title: t('birth.idNumber'), dataIndex: 'motherIdNumber' },
    { key: 'father', title: t('birth.father'), dataIndex: 'fatherName' },
    { key: 'village', title: t('birth.village'), render: (_, r) => villages.get(r.orgUnitId) ?? '' },
    { key: 'kind', title: t('birth.kind'), render: (_, r) => codeLabel(t, 'birthKind', r.kind) },
    { key: 'childOrder', title: t('birth.childOrder'), render: (_, r) => t('birth.childOrderValue', { order: r.childOrder }) },
    { key: 'status', title: t('birth.status'), render: (_, r) => <BirthStatusTag status={r.status} /> },
    { key: 'submittedOn', title: t('birth.submittedOn'), dataIndex: 'submittedOn' },
    {
      key: 'dueOn',
      title: t('birth.dueOn'),
      render: (_, r) => <Space size={4}>{r.dueOn}<DeadlineTag deadline={r.deadline} /><WeekdaysOnlyTag weekdaysOnly={r.dueOnWeekdaysOnly} /></Space>,
    },
    { key: 'number', title: t('birth.number'), dataIndex: 'number' },
  ]
}

/** 生育登记: the worklists (待审核, 即将超期, 已超期) and every application, by name, village, status and kind. */
export function BirthRegistrationsPage() {
  const t = useT()
  const navigate = useNavigate()
  const user = useCurrentUser()
  const [tab, setTab] = useState<Tab>(hasAnyRole(user, DECIDING_ROLES) ? 'OPEN' : 'ALL')
  const [criteria, setCriteria] = useState<Criteria>({})
  const [paging, setPaging] = useState({ page: 0, size: 20 })
  const [submitting, setSubmitting] = useState(false)
  const registrations = useBirthRegistrations({ ...criteria, ...paging, queue: tab === 'ALL' ? undefined : tab })
  const columns = useColumns()
  const change = (patch: Partial<Criteria>) => {
    setCriteria({ ...criteria, ...patch })
    setPaging({ ...paging, page: 0 })
  }
  const page = registrations.data
  return (
    <Card title={t('nav.birthRegistrations')}>
      <Flex vertical gap="middle">
        <Tabs
          activeKey={tab}
          onChange={(key) => {
            setTab(key as Tab)
            setPaging({ ...paging, page: 0 })
          }}
          items={[
            { key: 'OPEN', label: t('birth.queueOpen') },
            { key: 'DUE_SOON', label: t('birth.queueDueSoon') },
            { key: 'OVERDUE', label: t('birth.queueOverdue') },
            { key: 'ALL', label: t('birth.queueAll') },
          ]}
        />
        <Flex justify="space-between" wrap gap="small">
          <Space wrap>
            <Input.Search
              placeholder={t('birth.searchPlaceholder')}
              aria-label={t('common.search')}
              allowClear
              onSearch={(q) => change({ q: q.trim() || undefined })}
              style={{ width: 220 }}
            />
            <OrgUnitTreeSelect
              placeholder={t('birth.village')}
              value={criteria.orgUnitId}
              onChange={(orgUnitId) => change({ orgUnitId: orgUnitId ?? undefined })}
              style={{ width: 180 }}
            />
            <Select
              placeholder={t('birth.status')}
              aria-label={t('birth.status')}
              allowClear
              value={criteria.status}
              options={codeOptions(t, 'birthStatus', BIRTH_STATUSES)}
              onChange={(status) => change({ status })}
              style={{ width: 130 }}
            />
            <Select
              placeholder={t('birth.kind')}
              aria-label={t('birth.kind')}
              allowClear
              value={criteria.kind}
              options={codeOptions(t, 'birthKind', BIRTH_KINDS)}
              onChange={(kind) => change({ kind })}
              style={{ width: 130 }}
            />
          </Space>
          {hasAnyRole(user, BIRTH_SUBMIT_ROLES) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setSubmitting(true)}>{t('birth.submit')}</Button>
          )}
        </Flex>
        <Table<BirthRegistrationView>
          rowKey="id"
          columns={columns}
          dataSource={page?.items}
          loading={registrations.isFetching}
          pagination={serverPagination(page, paging.size, (p, size) => setPaging({ page: p, size }), t)}
          scroll={{ x: 'max-content' }}
        />
      </Flex>
      {submitting && (
        <SubmitBirthRegistrationDialog
          onClose={() => setSubmitting(false)}
          onSubmitted={(detail) => navigate(`/birth-registrations/${detail.id}`)}
        />
      )}
    </Card>
  )
}
