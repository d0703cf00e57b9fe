import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { Button, Card, Flex, Table } from 'antd'
import type { TableColumnsType } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import type { PregnancyView } from '../../../api/types'
import { useOrgUnitNames } from '../../../api/org-unit-tree'
import { IdText } from '../../../components/register/person-columns'
import { hasAnyRole, useCurrentUser } from '../../../lib/auth'
import { useT } from '../../../lib/i18n'
import { serverPagination } from '../../../lib/pagination'
import { PREGNANCY_WRITE_ROLES } from '../../../lib/pregnancy'
import { usePregnancies } from '../api/get-pregnancies'
import { PregnancyFilterForm, type PregnancyCriteria } from './PregnancyFilterForm'
import { gestationText, PregnancyStatusTag, RiskLevelTag, TransferredInTag } from './tags'

function usePregnancyColumns(): TableColumnsType<PregnancyView> {
  const t = useT()
  const villages = useOrgUnitNames()
  return [
    {
      key: 'woman',
      title: t('pregnancy.woman'),
      render: (_, pregnancy) => <Link to={`/pregnancies/${pregnancy.id}`}>{pregnancy.womanName}</Link>,
    },
    { key: 'idNumber', title: t('person.idNumber'), render: (_, pregnancy) => <IdText value={pregnancy.womanIdNumber} /> },
    { key: 'village', title: t('person.village'), render: (_, pregnancy) => villages.get(pregnancy.orgUnitId) ?? '' },
    {
      key: 'status',
      title: t('pregnancy.status'),
      render: (_, pregnancy) => (
        <>
          <PregnancyStatusTag status={pregnancy.status} />
          {pregnancy.transferredIn && <TransferredInTag />}
        </>
      ),
    },
    { key: 'risk', title: t('pregnancy.riskLevel'), render: (_, pregnancy) => <RiskLevelTag level={pregnancy.riskLevel} /> },
    {
      key: 'gestation',
      title: t('pregnancy.gestation'),
      render: (_, pregnancy) => gestationText(t, { weeks: pregnancy.gestationWeeks, days: pregnancy.gestationDays }),
    },
    { key: 'lmp', title: t('pregnancy.lmp'), dataIndex: 'lmp' },
    { key: 'edd', title: t('pregnancy.edd'), dataIndex: 'edd' },
    { key: 'birthOrder', title: t('pregnancy.birthOrder'), dataIndex: 'birthOrder', align: 'right' },
    { key: 'registeredOn', title: t('pregnancy.registeredOn'), dataIndex: 'registeredOn' },
  ]
}

/** 孕情登记册: the pregnancies of the caller's area, filtered; registering a new one. */
export function PregnanciesPage() {
  const t = useT()
  const navigate = useNavigate()
  const [criteria, setCriteria] = useState<PregnancyCriteria>({})
  const [paging, setPaging] = useState({ page: 0, size: 20 })
  const pregnancies = usePregnancies({ ...criteria, ...paging })
  const columns = usePregnancyColumns()
  const canWrite = hasAnyRole(useCurrentUser(), PREGNANCY_WRITE_ROLES)
  return (
    <Card
      title={t('nav.pregnancies')}
      extra={canWrite && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/pregnancies/new')}>{t('pregnancy.register')}</Button>
      )}
    >
      <Flex vertical gap="middle">
        <PregnancyFilterForm onSearch={(next) => { setCriteria(next); setPaging({ ...paging, page: 0 }) }} />
        <Table<PregnancyView>
          rowKey="id"
          columns={columns}
          dataSource={pregnancies.data?.items}
          loading={pregnancies.isFetching}
          pagination={serverPagination(pregnancies.data, paging.size, (page, size) => setPaging({ page, size }), t)}
          scroll={{ x: 'max-content' }}
        />
      </Flex>
    </Card>
  )
}
