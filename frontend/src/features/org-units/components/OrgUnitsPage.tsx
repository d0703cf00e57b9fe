import { useMemo, useState } from 'react'
import { Button, Card, Empty, Flex, Space, Spin, Tag, Tree } from 'antd'
import type { TreeDataNode } from 'antd'
import { ApartmentOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons'
import type { OrgUnitNode } from '../../../api/types'
import { useOrgUnitTree } from '../../../api/org-unit-tree'
import { hasAnyRole, useCurrentUser } from '../../../lib/auth'
import { useT, type Translate } from '../../../lib/i18n'
import { childLevels, levelLabel } from '../org-levels'
import { OrgUnitDetail } from './OrgUnitDetail'
import { CreateChildDialog, MoveDialog, RenameDialog } from './OrgUnitDialogs'

type Dialog = 'createChild' | 'rename' | 'move'

function toTreeData(node: OrgUnitNode, t: Translate): TreeDataNode {
  return {
    key: node.id,
    title: <Space size={4}>{node.name}<Tag variant="filled">{levelLabel(t, node.level)}</Tag></Space>,
    children: (node.children ?? []).map((child) => toTreeData(child, t)),
  }
}

/** Ids of the units in the top `depth` levels: opened at first so the towns show. */
function upperLevelIds(node: OrgUnitNode, depth: number): number[] {
  if (depth <= 0) return []
  return [node.id, ...(node.children ?? []).flatMap((child) => upperLevelIds(child, depth - 1))]
}

function findUnit(node: OrgUnitNode | undefined, id: number | undefined): OrgUnitNode | undefined {
  if (!node || node.id === id) return node
  for (const child of node.children ?? []) {
    const found = findUnit(child, id)
    if (found) return found
  }
  return undefined
}

/** The caller's org subtree with the chosen unit's details; administrators also reshape it. */
export function OrgUnitsPage() {
  const t = useT()
  const isAdmin = hasAnyRole(useCurrentUser(), ['ADMIN'])
  const { data: root, isLoading } = useOrgUnitTree()
  const [selectedId, setSelectedId] = useState<number>()
  const [dialog, setDialog] = useState<Dialog>()
  const treeData = useMemo(() => (root ? [toTreeData(root, t)] : []), [root, t])
  const selected = findUnit(root, selectedId) ?? root

  if (isLoading) return <Spin />
  if (!root || !selected) return <Empty />
  const closeDialog = () => setDialog(undefined)
  return (
    <Flex gap="large" align="start" wrap>
      <Card title={t('nav.orgUnits')} style={{ minWidth: 320 }}>
        <Tree
          treeData={treeData}
          defaultExpandedKeys={upperLevelIds(root, 3)}
          selectedKeys={[selected.id]}
          onSelect={(keys) => keys.length > 0 && setSelectedId(Number(keys[0]))}
          showLine
          blockNode
        />
      </Card>
      <Card
        title={selected.name}
        style={{ flex: 1, minWidth: 360 }}
        extra={isAdmin && (
          <Space>
            <Button
              icon={<PlusOutlined />}
              disabled={childLevels(selected.level).length === 0}
              onClick={() => setDialog('createChild')}
            >
              {t('orgUnit.createChild')}
            </Button>
            <Button icon={<EditOutlined />} onClick={() => setDialog('rename')}>{t('orgUnit.rename')}</Button>
            <Button icon={<ApartmentOutlined />} disabled={selected.id === root.id} onClick={() => setDialog('move')}>
              {t('orgUnit.move')}
            </Button>
          </Space>
        )}
      >
        <OrgUnitDetail unit={selected} />
      </Card>
      {dialog === 'createChild' && <CreateChildDialog unit={selected} onClose={closeDialog} />}
      {dialog === 'rename' && <RenameDialog unit={selected} onClose={closeDialog} />}
      {dialog === 'move' && <MoveDialog unit={selected} onClose={closeDialog} />}
    </Flex>
  )
}
