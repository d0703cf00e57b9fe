import { useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { App, Button, Card, Descriptions, Dropdown, Flex, Result, Space, Spin, Table, Tag, Tooltip } from 'antd'
import type { DescriptionsProps, TableColumnsType } from 'antd'
import { DownOutlined, EditOutlined, UserAddOutlined } from '@ant-design/icons'
import type { HouseholdDetail, HouseholdStay, PersonView } from '../../../api/types'
import { useOrgUnitNames } from '../../../api/org-unit-tree'
import { usePersonColumns } from '../../../components/register/person-columns'
import { CreatePersonDialog } from '../../../components/register/PersonFormDialog'
import { hasAnyRole, useCurrentUser } from '../../../lib/auth'
import { useT } from '../../../lib/i18n'
import { codeLabel, REGISTER_WRITE_ROLES } from '../../../lib/register'
import { useHousehold } from '../api/get-household'
import {
  AddExistingMemberDialog, ChangeHeadDialog, CloseHouseholdDialog, EditHouseholdDialog, MergeHouseholdDialog,
  MoveMemberDialog, SplitHouseholdDialog, type HouseholdDialog,
} from './HouseholdDialogs'
import { HouseholdStatusTag } from './HouseholdStatusTag'

function HouseholdHeader({ detail }: { detail: HouseholdDetail }) {
  const t = useT()
  const villages = useOrgUnitNames()
  const { household } = detail
  const items: DescriptionsProps['items'] = [
    { key: 'code', label: t('household.code'), children: household.code },
    { key: 'address', label: t('household.address'), children: household.address },
    { key: 'village', label: t('household.village'), children: villages.get(household.orgUnitId) ?? '' },
    { key: 'type', label: t('household.type'), children: codeLabel(t, 'householdType', household.type) },
    { key: 'status', label: t('household.status'), children: <HouseholdStatusTag status={household.status} /> },
    {
      key: 'head',
      label: t('household.head'),
      children: household.headId != null
        ? <Link to={`/persons/${household.headId}`}>{household.headName}</Link>
        : t('household.noHead'),
    },
    { key: 'memberCount', label: t('household.memberCount'), children: household.memberCount },
    ...(household.status === 'CLOSED' ? [
      { key: 'closedOn', label: t('household.closedOn'), children: household.closedOn },
      { key: 'closedReason', label: t('household.closedReason'), children: household.closedReason },
    ] : []),
  ]
  return <Descriptions bordered size="small" column={{ xs: 1, sm: 2, lg: 4 }} items={items} />
}

function HistoryTable({ history }: { history: HouseholdStay[] }) {
  const t = useT()
  const columns: TableColumnsType<HouseholdStay> = [
    { key: 'name', title: t('person.name'), render: (_, stay) => <Link to={`/persons/${stay.personId}`}>{stay.personName}</Link> },
    { key: 'relation', title: t('person.relation'), render: (_, stay) => codeLabel(t, 'relation', stay.relation) },
    { key: 'joinedOn', title: t('household.joinedOn'), dataIndex: 'joinedOn' },
    { key: 'joinedBy', title: t('household.joinedBy'), render: (_, stay) => <Tag>{codeLabel(t, 'membershipEvent', stay.joinedBy)}</Tag> },
    { key: 'leftOn', title: t('household.leftOn'), render: (_, stay) => stay.leftOn ?? <Tag color="green">{t('household.current')}</Tag> },
    {
      key: 'leftBy',
      title: t('household.leftBy'),
      render: (_, stay) => stay.leftBy && <Tag>{codeLabel(t, 'membershipEvent', stay.leftBy)}</Tag>,
    },
  ]
  return (
    <Table<HouseholdStay>
      rowKey={(stay) => `${stay.personId}:${stay.joinedOn}:${stay.joinedBy}`}
      size="small"
      columns={columns}
      dataSource={history}
      pagination={false}
      scroll={{ x: 'max-content' }}
    />
  )
}

function HouseholdPanel({ detail }: { detail: HouseholdDetail }) {
  const t = useT()
  const navigate = useNavigate()
  const { message } = App.useApp()
  const [dialog, setDialog] = useState<HouseholdDialog>()
  const close = () => setDialog(undefined)
  const { household, members, history } = detail
  const canWrite = hasAnyRole(useCurrentUser(), REGISTER_WRITE_ROLES) && household.status === 'ACTIVE'
  const memberColumns = usePersonColumns(['name', 'sex', 'idNumber', 'age', 'relation', 'residence', 'tags', 'phone'])
  const actionColumn: TableColumnsType<PersonView> = canWrite ? [{
    key: 'actions',
    title: t('common.actions'),
    render: (_, member) => (
      <Space size={0}>
        <Button type="link" onClick={() => setDialog({ kind: 'move', member })}>{t('household.moveOut')}</Button>
        {member.relation !== 'HEAD' && (
          <Button type="link" onClick={() => setDialog({ kind: 'makeHead', member })}>{t('household.makeHead')}</Button>
        )}
      </Space>
    ),
  }] : []
  const empty = household.memberCount === 0 && members.length === 0
  const actions = canWrite && (
    <Space wrap>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'addNew', label: t('household.addNewPerson') },
            { key: 'addExisting', label: t('household.addExistingPerson') },
          ],
          onClick: ({ key }) => setDialog({ kind: key as 'addNew' | 'addExisting' }),
        }}
      >
        <Button type="primary" icon={<UserAddOutlined />}>
          {t('household.addMember')} <DownOutlined />
        </Button>
      </Dropdown>
      <Button icon={<EditOutlined />} onClick={() => setDialog({ kind: 'edit' })}>{t('household.edit')}</Button>
      <Button disabled={members.length === 0} onClick={() => setDialog({ kind: 'split' })}>{t('household.split')}</Button>
      <Button onClick={() => setDialog({ kind: 'merge' })}>{t('household.merge')}</Button>
      <Tooltip title={empty ? undefined : t('household.closeOnlyEmpty')}>
        <Button danger disabled={!empty} onClick={() => setDialog({ kind: 'close' })}>{t('household.close')}</Button>
      </Tooltip>
    </Space>
  )
  return (
    <Flex vertical gap="middle">
      <Card title={`${t('household.detail')}：${household.code}`} extra={actions}>
        <HouseholdHeader detail={detail} />
      </Card>
      <Card title={t('household.members')}>
        <Table<PersonView>
          rowKey="id"
          size="small"
          columns={[...memberColumns, ...actionColumn]}
          dataSource={members}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      </Card>
      <Card title={t('household.history')}>
        <HistoryTable history={history} />
      </Card>
      {dialog?.kind === 'addNew' && (
        <CreatePersonDialog
          household={{ id: household.id, code: household.code, hasHead: household.headId != null }}
          onClose={close}
        />
      )}
      {dialog?.kind === 'addExisting' && <AddExistingMemberDialog detail={detail} onClose={close} />}
      {dialog?.kind === 'edit' && <EditHouseholdDialog detail={detail} onClose={close} />}
      {dialog?.kind === 'split' && (
        <SplitHouseholdDialog
          detail={detail}
          onClose={close}
          onSplit={(created) => {
            message.success(t('household.splitDone', { code: created.household.code }))
            navigate(`/households/${created.household.id}`)
          }}
        />
      )}
      {dialog?.kind === 'merge' && <MergeHouseholdDialog detail={detail} onClose={close} />}
      {dialog?.kind === 'close' && <CloseHouseholdDialog detail={detail} onClose={close} />}
      {dialog?.kind === 'move' && <MoveMemberDialog detail={detail} member={dialog.member} onClose={close} />}
      {dialog?.kind === 'makeHead' && <ChangeHeadDialog detail={detail} member={dialog.member} onClose={close} />}
    </Flex>
  )
}

/** A household's page (/households/:id): the household, its members with their operations, its history. */
export function HouseholdDetailPage() {
  const t = useT()
  const id = Number(useParams().id)
  const household = useHousehold(id)
  if (household.data) return <HouseholdPanel key={household.data.household.id} detail={household.data} />
  if (household.isError) return <Result status="404" title={t('household.notFound')} />
  return <Spin />
}
