import { useEffect, useMemo, type CSSProperties } from 'react'
import { TreeSelect } from 'antd'
import type { OrgLevel, OrgUnitNode } from '../api/types'
import { useOrgUnitTree } from '../api/org-unit-tree'
import { useT } from '../lib/i18n'

interface Option {
  value: number
  title: string
  disabled: boolean
  selectable: boolean
  children: Option[]
}

function toOptions(node: OrgUnitNode, excludedId?: number, levels?: readonly OrgLevel[], excluded = false): Option {
  const disabled = excluded || node.id === excludedId
  return {
    value: node.id,
    title: node.name,
    disabled,
    // Units of another level stay in the tree, to open, but cannot be picked.
    selectable: !levels || levels.includes(node.level),
    children: (node.children ?? []).map((child) => toOptions(child, excludedId, levels, disabled)),
  }
}

/** The ids that can be picked. */
function selectableIds(options: Option[], ids: number[] = []): number[] {
  for (const option of options) {
    if (option.selectable && !option.disabled) ids.push(option.value)
    selectableIds(option.children, ids)
  }
  return ids
}

interface Props {
  id?: string
  value?: number
  onChange?: (value: number) => void
  /** A unit that may not be picked, nor anything below it (moving a unit under itself). */
  excludedId?: number
  /** Only units of these levels may be picked (e.g. a household's village). */
  levels?: readonly OrgLevel[]
  placeholder?: string
  style?: CSSProperties
  /** When only one unit can be picked (a village worker's own village), pick it while nothing is. */
  pickTheOnlyOne?: boolean
}

/** Picks one org unit from the caller's subtree; works as an antd Form control. */
export function OrgUnitTreeSelect({ id, value, onChange, excludedId, levels, placeholder, style, pickTheOnlyOne }: Props) {
  const t = useT()
  const { data: root, isLoading } = useOrgUnitTree()
  const treeData = useMemo(() => (root ? [toOptions(root, excludedId, levels)] : []), [root, excludedId, levels])
  const choices = useMemo(() => selectableIds(treeData), [treeData])
  const onlyChoice = pickTheOnlyOne && choices.length === 1 ? choices[0] : undefined
  useEffect(() => {
    if (onlyChoice != null && value == null) onChange?.(onlyChoice)
  }, [onlyChoice]) // eslint-disable-line react-hooks/exhaustive-deps -- once, when the tree shows a single choice
  return (
    <TreeSelect
      key={root ? 'loaded' : 'loading'} // so the root opens once the tree has arrived
      id={id}
      value={value}
      onChange={onChange}
      treeData={treeData}
      loading={isLoading}
      placeholder={placeholder ?? t('orgUnit.pick')}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandedKeys={root ? [root.id] : []}
      allowClear
      style={style}
    />
  )
}
