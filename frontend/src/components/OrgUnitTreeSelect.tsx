import { useMemo } from 'react'
import { TreeSelect } from 'antd'
import type { OrgUnitNode } from '../api/types'
import { useOrgUnitTree } from '../api/org-unit-tree'
import { useT } from '../lib/i18n'

interface Option {
  value: number
  title: string
  disabled: boolean
  children: Option[]
}

function toOptions(node: OrgUnitNode, excludedId?: number, excluded = false): Option {
  const disabled = excluded || node.id === excludedId
  return {
    value: node.id,
    title: node.name,
    disabled,
    children: (node.children ?? []).map((child) => toOptions(child, excludedId, disabled)),
  }
}

interface Props {
  id?: string
  value?: number
  onChange?: (value: number) => void
  /** A unit that may not be picked, nor anything below it (moving a unit under itself). */
  excludedId?: number
}

/** Picks one org unit from the caller's subtree; works as an antd Form control. */
export function OrgUnitTreeSelect({ id, value, onChange, excludedId }: Props) {
  const t = useT()
  const { data: root, isLoading } = useOrgUnitTree()
  const treeData = useMemo(() => (root ? [toOptions(root, excludedId)] : []), [root, excludedId])
  return (
    <TreeSelect
      key={root ? 'loaded' : 'loading'} // so the root opens once the tree has arrived
      id={id}
      value={value}
      onChange={onChange}
      treeData={treeData}
      loading={isLoading}
      placeholder={t('orgUnit.pick')}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandedKeys={root ? [root.id] : []}
      allowClear
    />
  )
}
