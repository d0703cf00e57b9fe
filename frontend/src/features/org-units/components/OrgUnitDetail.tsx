import { Descriptions, Tag } from 'antd'
import type { OrgUnitNode } from '../../../api/types'
import { useT } from '../../../lib/i18n'
import { levelLabel } from '../org-levels'

export function OrgUnitDetail({ unit }: { unit: OrgUnitNode }) {
  const t = useT()
  return (
    <Descriptions
      column={1}
      bordered
      size="small"
      items={[
        { key: 'name', label: t('orgUnit.name'), children: unit.name },
        { key: 'code', label: t('orgUnit.code'), children: unit.code },
        { key: 'level', label: t('orgUnit.level'), children: <Tag color="geekblue">{levelLabel(t, unit.level)}</Tag> },
        { key: 'path', label: t('orgUnit.path'), children: unit.path },
        { key: 'children', label: t('orgUnit.childCount'), children: unit.children?.length ?? 0 },
      ]}
    />
  )
}
