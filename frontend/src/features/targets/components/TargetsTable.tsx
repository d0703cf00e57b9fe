import { useState } from 'react'
import { App, Button, InputNumber, Progress, Table, Typography } from 'antd'
import type { TableColumnsType } from 'antd'
import type { TargetKind, TargetProgressRow } from '../../../api/types'
import { useShowProblem } from '../../../lib/form-errors'
import { formatPercent } from '../../../lib/format'
import { useT } from '../../../lib/i18n'
import { useSaveTarget } from '../api/save-target'

interface Props {
  rows: readonly TargetProgressRow[]
  kind: TargetKind
  year: number
  /** Whether the caller sets these units' targets (an editable number and a save button per row). */
  editable: boolean
  loading?: boolean
  /** Opens a unit's own progress (its children's targets), when given. */
  onOpen?: (orgUnitId: number) => void
}

/** The rate as a bar: green from 100 %, red below half, blue between; "未设定" without a target. */
export function RateBar({ row }: { row: Pick<TargetProgressRow, 'rate' | 'name'> }) {
  const t = useT()
  if (row.rate == null) return <Typography.Text type="secondary">{t('targets.noTarget')}</Typography.Text>
  const percent = Math.round(row.rate * 1000) / 10
  return (
    <Progress
      aria-label={`${row.name} ${t('targets.rate')} ${formatPercent(row.rate)}`}
      percent={Math.min(percent, 100)}
      status={percent >= 100 ? 'success' : percent < 50 ? 'exception' : 'normal'}
      format={() => formatPercent(row.rate ?? 0)}
      size="small"
      style={{ minWidth: 160 }}
    />
  )
}

/** 下级单位目标与完成: each child unit's target (editable for the level above), what is done, and the rate. */
export function TargetsTable({ rows, kind, year, editable, loading, onOpen }: Props) {
  const t = useT()
  const { message } = App.useApp()
  const showProblem = useShowProblem()
  const save = useSaveTarget()
  const [drafts, setDrafts] = useState<Record<number, number | null>>({})
  const [saving, setSaving] = useState<number>()

  const draftOf = (row: TargetProgressRow) => (row.orgUnitId in drafts ? drafts[row.orgUnitId] : row.target ?? null)
  const changed = (row: TargetProgressRow) => {
    const draft = draftOf(row)
    return draft != null && draft >= 1 && draft !== row.target
  }
  const submit = async (row: TargetProgressRow) => {
    const count = draftOf(row)
    if (count == null) return
    setSaving(row.orgUnitId)
    try {
      await save.mutateAsync({ row, kind, year, count })
      setDrafts(({ [row.orgUnitId]: _, ...rest }) => rest)
      message.success(t('targets.saved', { name: row.name }))
    } catch (error) {
      showProblem(error)
    } finally {
      setSaving(undefined)
    }
  }

  const columns: TableColumnsType<TargetProgressRow> = [
    {
      key: 'name',
      title: t('targets.orgUnit'),
      render: (_, row) => (onOpen && row.level !== 'VILLAGE'
        ? <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onOpen(row.orgUnitId)}>{row.name}</Button>
        : row.name),
    },
    {
      key: 'target',
      title: t('targets.target'),
      align: 'right',
      render: (_, row) => (editable
        ? (
          <InputNumber<number>
            aria-label={`${row.name} ${t('targets.target')}`}
            min={1}
            max={1000000}
            precision={0}
            value={draftOf(row)}
            placeholder={t('targets.noTarget')}
            onChange={(value) => setDrafts((current) => ({ ...current, [row.orgUnitId]: value }))}
            onPressEnter={() => changed(row) && submit(row)}
            style={{ width: 110 }}
          />
        )
        : row.target ?? <Typography.Text type="secondary">{t('targets.noTarget')}</Typography.Text>),
    },
    { key: 'done', title: t('targets.done'), dataIndex: 'done', align: 'right' },
    { key: 'rate', title: t('targets.rate'), render: (_, row) => <RateBar row={row} /> },
    ...(editable
      ? [{
        key: 'save',
        title: t('common.actions'),
        render: (_: unknown, row: TargetProgressRow) => (
          <Button
            size="small"
            type="primary"
            aria-label={`${t('targets.save')} ${row.name}`}
            disabled={!changed(row)}
            loading={saving === row.orgUnitId}
            onClick={() => submit(row)}
          >
            {t('targets.save')}
          </Button>
        ),
      }]
      : []),
  ]
  return (
    <Table<TargetProgressRow>
      rowKey="orgUnitId"
      size="small"
      columns={columns}
      dataSource={rows as TargetProgressRow[]}
      loading={loading}
      pagination={false}
      locale={{ emptyText: t('targets.noChildren') }}
      scroll={{ x: 'max-content' }}
    />
  )
}
