import { useEffect } from 'react'
import { Checkbox, Form, Input, Radio, Select, Table, Typography } from 'antd'
import type {
  HeadChange, HouseholdClose, HouseholdDetail, HouseholdMember, HouseholdMerge, HouseholdSplit, HouseholdWrite,
  MemberMove, PersonView, Relation,
} from '../../../api/types'
import { FormDialog } from '../../../components/FormDialog'
import { OrgUnitTreeSelect } from '../../../components/OrgUnitTreeSelect'
import { useT } from '../../../lib/i18n'
import { codeLabel, codeOptions, HOUSEHOLD_TYPES, RELATIONS, VILLAGE_LEVEL } from '../../../lib/register'
import { useAddHouseholdMember } from '../api/add-household-member'
import { useChangeHouseholdHead } from '../api/change-household-head'
import { useCloseHousehold } from '../api/close-household'
import { useCreateHousehold } from '../api/create-household'
import { useHousehold } from '../api/get-household'
import { useMergeHousehold } from '../api/merge-household'
import { useMoveHouseholdMember } from '../api/move-household-member'
import { useSplitHousehold } from '../api/split-household'
import { useUpdateHousehold } from '../api/update-household'
import { HouseholdSelect } from './HouseholdSelect'
import { PersonSearchSelect } from '../../../components/register/PersonSearchSelect'

/** The same pattern the server checks for a household code. */
const CODE = /^[A-Za-z0-9-]{1,32}$/
const NOT_HEAD = RELATIONS.filter((relation) => relation !== 'HEAD')

function useRelationOptions(withHead = true) {
  const t = useT()
  return codeOptions(t, 'relation', withHead ? RELATIONS : NOT_HEAD)
}

function CodeAndAddressFields({ codeLabelKey = 'household.code', addressLabelKey = 'household.address' }: {
  codeLabelKey?: 'household.code' | 'household.newCode'
  addressLabelKey?: 'household.address' | 'household.newAddress'
}) {
  const t = useT()
  return (
    <>
      <Form.Item name="code" label={t(codeLabelKey)} rules={[{ required: true }, { pattern: CODE, message: t('household.codeInvalid') }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="address" label={t(addressLabelKey)} rules={[{ required: true, whitespace: true }, { max: 200 }]}>
        <Input />
      </Form.Item>
    </>
  )
}

function TypeField() {
  const t = useT()
  return (
    <Form.Item name="type" label={t('household.type')} rules={[{ required: true }]}>
      <Radio.Group options={codeOptions(t, 'householdType', HOUSEHOLD_TYPES)} optionType="button" />
    </Form.Item>
  )
}

function ReasonField({ required = true }: { required?: boolean }) {
  const t = useT()
  return (
    <Form.Item name="reason" label={t('common.reason')} rules={[{ required, whitespace: required }, { max: 500 }]}>
      <Input.TextArea rows={3} />
    </Form.Item>
  )
}

export function CreateHouseholdDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (detail: HouseholdDetail) => void }) {
  const t = useT()
  const create = useCreateHousehold()
  return (
    <FormDialog<HouseholdWrite>
      title={t('household.create')}
      initialValues={{ type: 'REGISTERED' }}
      onSubmit={async (values) => onCreated(await create.mutateAsync({ ...values, address: values.address.trim() }))}
      onClose={onClose}
      successMessage={t('common.saved')}
    >
      <Form.Item name="orgUnitId" label={t('household.village')} rules={[{ required: true }]}>
        <OrgUnitTreeSelect levels={VILLAGE_LEVEL} pickTheOnlyOne />
      </Form.Item>
      <CodeAndAddressFields />
      <TypeField />
    </FormDialog>
  )
}

interface HouseholdDialogProps {
  detail: HouseholdDetail
  onClose: () => void
}

export function EditHouseholdDialog({ detail: { household }, onClose }: HouseholdDialogProps) {
  const t = useT()
  const update = useUpdateHousehold()
  return (
    <FormDialog<HouseholdWrite>
      title={`${t('household.edit')}：${household.code}`}
      initialValues={{ code: household.code, address: household.address, type: household.type }}
      onSubmit={(values) => update.mutateAsync({ household, update: { ...values, address: values.address.trim() } })}
      onClose={onClose}
      successMessage={t('common.saved')}
    >
      <CodeAndAddressFields />
      <TypeField />
    </FormDialog>
  )
}

export function AddExistingMemberDialog({ detail: { household }, onClose }: HouseholdDialogProps) {
  const t = useT()
  const add = useAddHouseholdMember()
  const relations = useRelationOptions(household.headId == null)
  return (
    <FormDialog<HouseholdMember>
      title={`${t('household.addExistingPerson')}：${household.code}`}
      initialValues={{ relation: household.headId == null ? 'HEAD' : undefined }}
      onSubmit={(member) => add.mutateAsync({ household, member })}
      onClose={onClose}
      successMessage={t('common.saved')}
    >
      <Form.Item name="personId" label={t('household.pickPerson')} extra={t('household.existingPersonHint')} rules={[{ required: true }]}>
        <PersonSearchSelect placeholder={t('household.pickPersonPlaceholder')} accept={(person) => person.householdId == null} />
      </Form.Item>
      <Form.Item name="relation" label={t('person.relation')} rules={[{ required: true }]}>
        <Select options={relations} />
      </Form.Item>
    </FormDialog>
  )
}

interface MemberDialogProps extends HouseholdDialogProps {
  member: PersonView
}

export function MoveMemberDialog({ detail: { household }, member, onClose }: MemberDialogProps) {
  const t = useT()
  const move = useMoveHouseholdMember()
  const relations = useRelationOptions()
  return (
    <FormDialog<Omit<MemberMove, 'personId'>>
      title={t('household.moveOutNamed', { name: member.name })}
      initialValues={{ relation: 'OTHER' }}
      onSubmit={(values) => move.mutateAsync({ household, move: { ...values, personId: member.id } })}
      onClose={onClose}
      successMessage={t('common.saved')}
    >
      <Form.Item name="toHouseholdId" label={t('household.targetHousehold')} rules={[{ required: true }]}>
        <HouseholdSelect excludedId={household.id} />
      </Form.Item>
      <Form.Item name="relation" label={t('household.relationInTarget')} rules={[{ required: true }]}>
        <Select options={relations} />
      </Form.Item>
    </FormDialog>
  )
}

/** A member becomes head; the former head (if any) gets the relation asked for. */
export function ChangeHeadDialog({ detail: { household }, member, onClose }: MemberDialogProps) {
  const t = useT()
  const change = useChangeHouseholdHead()
  const relations = useRelationOptions(false)
  return (
    <FormDialog<Pick<HeadChange, 'formerHeadRelation'>>
      title={t('household.makeHeadNamed', { name: member.name })}
      initialValues={{ formerHeadRelation: 'OTHER' }}
      onSubmit={({ formerHeadRelation }) => change.mutateAsync({
        household,
        change: { personId: member.id, formerHeadRelation: formerHeadRelation ?? 'OTHER' },
      })}
      onClose={onClose}
      successMessage={t('common.saved')}
    >
      {household.headId != null && (
        <Form.Item
          name="formerHeadRelation"
          label={t('household.formerHeadRelation', { name: household.headName ?? '' })}
          rules={[{ required: true }]}
        >
          <Select options={relations} />
        </Form.Item>
      )}
    </FormDialog>
  )
}

interface SplitMembersProps {
  id?: string
  value?: HouseholdMember[]
  onChange?: (value: HouseholdMember[]) => void
  members: PersonView[]
}

/** The members who leave (ticked) and each one's relation in the new household; an antd Form control. */
function SplitMembersInput({ id, value = [], onChange, members }: SplitMembersProps) {
  const t = useT()
  const relations = useRelationOptions()
  const chosen = new Map(value.map((member) => [member.personId, member.relation]))
  const toggle = (person: PersonView, checked: boolean) => {
    if (!checked) {
      onChange?.(value.filter((member) => member.personId !== person.id))
      return
    }
    const hasHead = value.some((member) => member.relation === 'HEAD')
    const relation: Relation = hasHead ? (person.relation === 'HEAD' ? 'OTHER' : person.relation ?? 'OTHER') : 'HEAD'
    onChange?.([...value, { personId: person.id, relation }])
  }
  const setRelation = (person: PersonView, relation: Relation) =>
    onChange?.(value.map((member) => (member.personId === person.id ? { ...member, relation } : member)))
  return (
    <Table<PersonView>
      id={id}
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={members}
      columns={[
        {
          key: 'include',
          title: t('household.splitInclude'),
          width: 60,
          render: (_, person) => (
            <Checkbox
              aria-label={`${t('household.splitInclude')} ${person.name}`}
              disabled={person.relation === 'HEAD'} // the head stays: change the head first
              checked={chosen.has(person.id)}
              onChange={(event) => toggle(person, event.target.checked)}
            />
          ),
        },
        { key: 'name', title: t('person.name'), dataIndex: 'name' },
        { key: 'current', title: t('person.relation'), render: (_, person) => codeLabel(t, 'relation', person.relation) },
        {
          key: 'relation',
          title: t('household.relationInNew'),
          render: (_, person) => (
            <Select<Relation>
              aria-label={`${t('household.relationInNew')} ${person.name}`}
              disabled={!chosen.has(person.id)}
              value={chosen.get(person.id)}
              options={relations}
              onChange={(relation) => setRelation(person, relation)}
              style={{ width: 120 }}
            />
          ),
        },
      ]}
    />
  )
}

export function SplitHouseholdDialog({ detail: { household, members }, onClose, onSplit }: HouseholdDialogProps & {
  onSplit: (created: HouseholdDetail) => void
}) {
  const t = useT()
  const split = useSplitHousehold()
  return (
    <FormDialog<HouseholdSplit>
      title={`${t('household.split')}：${household.code}`}
      width={640}
      initialValues={{ members: [] }}
      onSubmit={async (values) => onSplit(await split.mutateAsync({
        household,
        split: { ...values, address: values.address.trim() },
      }))}
      onClose={onClose}
    >
      <CodeAndAddressFields codeLabelKey="household.newCode" addressLabelKey="household.newAddress" />
      <Form.Item
        name="members"
        label={t('household.splitMembers')}
        rules={[{
          validator: async (_, value: HouseholdMember[] | undefined) => {
            if ((value ?? []).filter((member) => member.relation === 'HEAD').length !== 1) {
              throw new Error(t('household.splitNeedsOneHead'))
            }
          },
        }]}
      >
        <SplitMembersInput members={members} />
      </Form.Item>
    </FormDialog>
  )
}

interface MergeRelationsProps {
  id?: string
  value?: HouseholdMember[]
  onChange?: (value: HouseholdMember[]) => void
  fromHouseholdId?: number
}

/** The members of the household merged in, each with a relation to this head (OTHER unless changed). */
function MergeRelationsInput({ id, value = [], onChange, fromHouseholdId }: MergeRelationsProps) {
  const t = useT()
  const from = useHousehold(fromHouseholdId)
  const relations = useRelationOptions(false)
  const members = fromHouseholdId != null ? from.data?.members : undefined
  useEffect(() => {
    onChange?.((members ?? []).map((member) => ({ personId: member.id, relation: 'OTHER' })))
    // onChange is a new function on every render: reset once per household picked, not on every render
  }, [members]) // eslint-disable-line react-hooks/exhaustive-deps
  if (!members) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
  const relationOf = new Map(value.map((member) => [member.personId, member.relation]))
  return (
    <Table<PersonView>
      id={id}
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={members}
      columns={[
        { key: 'name', title: t('person.name'), dataIndex: 'name' },
        { key: 'current', title: t('person.relation'), render: (_, person) => codeLabel(t, 'relation', person.relation) },
        {
          key: 'relation',
          title: t('household.mergeRelations'),
          render: (_, person) => (
            <Select<Relation>
              aria-label={`${t('household.mergeRelations')} ${person.name}`}
              value={relationOf.get(person.id) ?? 'OTHER'}
              options={relations}
              onChange={(relation) => onChange?.(value.map((member) => (
                member.personId === person.id ? { ...member, relation } : member)))}
              style={{ width: 120 }}
            />
          ),
        },
      ]}
    />
  )
}

function MergeRelationsField() {
  const t = useT()
  const fromHouseholdId = Form.useWatch<number | undefined>('fromHouseholdId')
  return (
    <Form.Item name="relations" label={t('household.mergeRelations')}>
      <MergeRelationsInput fromHouseholdId={fromHouseholdId} />
    </Form.Item>
  )
}

export function MergeHouseholdDialog({ detail: { household }, onClose }: HouseholdDialogProps) {
  const t = useT()
  const merge = useMergeHousehold()
  return (
    <FormDialog<HouseholdMerge>
      title={`${t('household.merge')}：${household.code}`}
      width={640}
      onSubmit={(values) => merge.mutateAsync({ household, merge: { ...values, reason: values.reason?.trim() } })}
      onClose={onClose}
      successMessage={t('common.saved')}
    >
      <Form.Item name="fromHouseholdId" label={t('household.mergeFrom')} rules={[{ required: true }]}>
        <HouseholdSelect excludedId={household.id} />
      </Form.Item>
      <MergeRelationsField />
      <ReasonField />
    </FormDialog>
  )
}

export function CloseHouseholdDialog({ detail: { household }, onClose }: HouseholdDialogProps) {
  const t = useT()
  const close = useCloseHousehold()
  return (
    <FormDialog<HouseholdClose>
      title={`${t('household.close')}：${household.code}`}
      onSubmit={(values) => close.mutateAsync({ household, close: { reason: values.reason.trim() } })}
      onClose={onClose}
      successMessage={t('common.saved')}
    >
      <ReasonField />
    </FormDialog>
  )
}

export type HouseholdDialog =
  | { kind: 'edit' | 'addExisting' | 'addNew' | 'split' | 'merge' | 'close' }
  | { kind: 'move' | 'makeHead'; member: PersonView }
