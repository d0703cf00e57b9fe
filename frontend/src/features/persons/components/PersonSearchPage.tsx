import { useState } from 'react'
import { useNavigate } from 'react-router'
import { Button, Card, Flex, Space, Table } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import type { PersonView } from '../../../api/types'
import { usePersonSearch, type PersonCriteria, type PersonFilters } from '../../../api/search-persons'
import { ExportButtons } from '../../../components/ExportButtons'
import { usePersonColumns } from '../../../components/register/person-columns'
import { CreatePersonDialog } from '../../../components/register/PersonFormDialog'
import { hasAnyRole, useCurrentUser } from '../../../lib/auth'
import { useT } from '../../../lib/i18n'
import { REGISTER_EXPORT_ROLES, REGISTER_WRITE_ROLES } from '../../../lib/register'
import { exportPersons } from '../api/export-persons'
import { PersonFilterForm } from './PersonFilterForm'
import { serverPagination } from '../../../lib/pagination'

/** 人员查询: one search box and filters over the caller's register, masked identifiers, exports. */
export function PersonSearchPage() {
  const t = useT()
  const navigate = useNavigate()
  const [criteria, setCriteria] = useState<PersonCriteria>({})
  const [paging, setPaging] = useState({ page: 0, size: 20 })
  const [creating, setCreating] = useState(false)
  const filters: PersonFilters = { ...criteria, ...paging }
  const persons = usePersonSearch(filters)
  const columns = usePersonColumns()
  const user = useCurrentUser()
  const canWrite = hasAnyRole(user, REGISTER_WRITE_ROLES)
  const canExport = hasAnyRole(user, REGISTER_EXPORT_ROLES)
  const page = persons.data
  return (
    <Card title={t('nav.persons')}>
      <Flex vertical gap="middle">
        <PersonFilterForm onSearch={(next) => { setCriteria(next); setPaging({ ...paging, page: 0 }) }} />
        <Flex justify="flex-end" wrap gap="small">
          <Space wrap>
            {canExport && <ExportButtons onExport={(format) => exportPersons(criteria, format)} />}
            {canWrite && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t('person.create')}</Button>
            )}
          </Space>
        </Flex>
        <Table<PersonView>
          rowKey="id"
          columns={columns}
          dataSource={page?.items}
          loading={persons.isFetching}
          pagination={serverPagination(page, paging.size, (p, size) => setPaging({ page: p, size }), t)}
          scroll={{ x: 'max-content' }}
        />
      </Flex>
      {creating && (
        <CreatePersonDialog onClose={() => setCreating(false)} onSaved={(person) => person?.id && navigate(`/persons/${person.id}`)} />
      )}
    </Card>
  )
}
