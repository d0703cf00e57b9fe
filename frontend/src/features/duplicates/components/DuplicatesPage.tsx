import { useState } from 'react'
import { Button, Card, Flex, Segmented, Space, Table, Tag } from 'antd'
import type { TableColumnsType } from 'antd'
import type { DuplicateCandidate, DuplicateStatus, PersonView } from '../../../api/types'
import { useT } from '../../../lib/i18n'
import { codeLabel, codeOptions, DUPLICATE_STATUSES } from '../../../lib/register'
import { formatPercent } from '../../../lib/format'
import { useDuplicateCandidates } from '../api/get-duplicate-candidates'
import { DuplicateCompare } from './DuplicateCompare'
import { DismissDuplicateDialog, MergeDuplicateDialog } from './DuplicateDialogs'
import { DuplicateScan } from './DuplicateScan'
import { serverPagination } from '../../../lib/pagination'

type Dialog = { kind: 'merge' | 'dismiss'; candidate: DuplicateCandidate }

const STATUS_COLORS: Record<DuplicateStatus, string> = { OPEN: 'orange', MERGED: 'green', DISMISSED: 'default' }

function PersonCell({ person }: { person?: PersonView | null }) {
  const t = useT()
  if (!person) return <Tag>{t('duplicates.outsideArea')}</Tag>
  return <span>{person.name}（{person.idNumber}）</span>
}

/** 重复人员审核: the queue of probable duplicates, compared side by side, merged or dismissed; a scan on demand. */
export function DuplicatesPage() {
  const t = useT()
  const [status, setStatus] = useState<DuplicateStatus>('OPEN')
  const [paging, setPaging] = useState({ page: 0, size: 20 })
  const [dialog, setDialog] = useState<Dialog>()
  const candidates = useDuplicateCandidates({ status, ...paging })
  const close = () => setDialog(undefined)
  const columns: TableColumnsType<DuplicateCandidate> = [
    { key: 'person', title: t('duplicates.person'), render: (_, candidate) => <PersonCell person={candidate.person} /> },
    { key: 'other', title: t('duplicates.other'), render: (_, candidate) => <PersonCell person={candidate.other} /> },
    { key: 'rule', title: t('duplicates.rule'), render: (_, candidate) => codeLabel(t, 'duplicateRule', candidate.rule) },
    { key: 'similarity', title: t('duplicates.similarity'), render: (_, candidate) => formatPercent(candidate.similarity), align: 'right' },
    {
      key: 'status',
      title: t('duplicates.status'),
      render: (_, candidate) => <Tag color={STATUS_COLORS[candidate.status]}>{codeLabel(t, 'duplicateStatus', candidate.status)}</Tag>,
    },
    ...(status === 'OPEN' ? [] : [
      { key: 'decidedBy', title: t('duplicates.decidedBy'), dataIndex: 'decidedBy' },
      { key: 'decisionReason', title: t('duplicates.decisionReason'), dataIndex: 'decisionReason' },
    ]),
    ...(status === 'OPEN' ? [{
      key: 'actions',
      title: t('common.actions'),
      render: (_: unknown, candidate: DuplicateCandidate) => (
        <Space size={0}>
          <Button
            type="link"
            disabled={!candidate.person || !candidate.other}
            onClick={() => setDialog({ kind: 'merge', candidate })}
          >
            {t('duplicates.merge')}
          </Button>
          <Button type="link" onClick={() => setDialog({ kind: 'dismiss', candidate })}>{t('duplicates.dismiss')}</Button>
        </Space>
      ),
    }] : []),
  ]
  const page = candidates.data
  return (
    <Card title={t('nav.duplicates')} extra={<DuplicateScan />}>
      <Flex vertical gap="middle">
        <Segmented<DuplicateStatus>
          value={status}
          options={codeOptions(t, 'duplicateStatus', DUPLICATE_STATUSES)}
          onChange={(next) => { setStatus(next); setPaging({ ...paging, page: 0 }) }}
        />
        <Table<DuplicateCandidate>
          rowKey="id"
          columns={columns}
          dataSource={page?.items}
          loading={candidates.isFetching}
          expandable={{ expandedRowRender: (candidate) => <DuplicateCompare candidate={candidate} /> }}
          pagination={serverPagination(page, paging.size, (p, size) => setPaging({ page: p, size }), t)}
          scroll={{ x: 'max-content' }}
        />
      </Flex>
      {dialog?.kind === 'merge' && <MergeDuplicateDialog candidate={dialog.candidate} onClose={close} />}
      {dialog?.kind === 'dismiss' && <DismissDuplicateDialog candidate={dialog.candidate} onClose={close} />}
    </Card>
  )
}
