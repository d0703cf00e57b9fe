import { Form, Input, Select } from 'antd'
import type { OrgUnitCreate, OrgUnitMove, OrgUnitNode, OrgUnitRename } from '../../../api/types'
import { FormDialog } from '../../../components/FormDialog'
import { OrgUnitTreeSelect } from '../../../components/OrgUnitTreeSelect'
import { useT } from '../../../lib/i18n'
import { useCreateOrgUnit } from '../api/create-org-unit'
import { useMoveOrgUnit } from '../api/move-org-unit'
import { useRenameOrgUnit } from '../api/rename-org-unit'
import { childLevels, levelLabel } from '../org-levels'

interface DialogProps {
  unit: OrgUnitNode
  onClose: () => void
}

export function CreateChildDialog({ unit, onClose }: DialogProps) {
  const t = useT()
  const create = useCreateOrgUnit()
  const levels = childLevels(unit.level)
  return (
    <FormDialog<OrgUnitCreate>
      title={t('orgUnit.createChildOf', { name: unit.name })}
      initialValues={{ parentId: unit.id, level: levels[0] }}
      onSubmit={create.mutateAsync}
      onClose={onClose}
      successMessage={t('common.saved')}
    >
      <Form.Item name="parentId" hidden><Input /></Form.Item>
      <Form.Item name="name" label={t('orgUnit.name')} rules={[{ required: true }, { max: 100 }]}><Input /></Form.Item>
      <Form.Item name="code" label={t('orgUnit.code')} rules={[{ max: 32 }]}><Input /></Form.Item>
      <Form.Item name="level" label={t('orgUnit.level')} rules={[{ required: true }]}>
        <Select options={levels.map((level) => ({ value: level, label: levelLabel(t, level) }))} />
      </Form.Item>
    </FormDialog>
  )
}

export function RenameDialog({ unit, onClose }: DialogProps) {
  const t = useT()
  const rename = useRenameOrgUnit()
  return (
    <FormDialog<OrgUnitRename>
      title={t('orgUnit.rename')}
      initialValues={{ name: unit.name, code: unit.code }}
      onSubmit={(values) => rename.mutateAsync({ unit, rename: values })}
      onClose={onClose}
      successMessage={t('common.saved')}
    >
      <Form.Item name="name" label={t('orgUnit.name')} rules={[{ required: true }, { max: 100 }]}><Input /></Form.Item>
      <Form.Item name="code" label={t('orgUnit.code')} rules={[{ max: 32 }]}><Input /></Form.Item>
    </FormDialog>
  )
}

export function MoveDialog({ unit, onClose }: DialogProps) {
  const t = useT()
  const move = useMoveOrgUnit()
  return (
    <FormDialog<OrgUnitMove>
      title={t('orgUnit.moveNamed', { name: unit.name })}
      initialValues={{ parentId: unit.parentId ?? undefined }}
      onSubmit={(values) => move.mutateAsync({ unit, move: values })}
      onClose={onClose}
      successMessage={t('common.saved')}
    >
      <Form.Item name="parentId" label={t('orgUnit.newParent')} rules={[{ required: true }]}>
        <OrgUnitTreeSelect excludedId={unit.id} />
      </Form.Item>
    </FormDialog>
  )
}
