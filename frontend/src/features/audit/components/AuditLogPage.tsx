import { useState } from 'react'
import { Card, Table, Tag } from 'antd'
import type { TableColumnsType } from 'antd'
import type { AuditEventView, FieldChange } from '../../../api/types'
import { formatDateTime } from '../../../lib/format'
import { useT } from '../../../lib/i18n'
import { useAuditEvents, type AuditFilters } from '../api/get-audit-events'
import { AuditFilterForm } from './AuditFilterForm'
import { serverPagination } from '../../../lib/pagination'

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—'
  return typeof value === 'string' ? value : JSON.stringify(value)
}

function ChangesTable({ changes }: { changes: FieldChange[] }) {
  const t = useT()
  const columns: TableColumnsType<FieldChange> = [
    { key: 'field', title: t('audit.field'), dataIndex: 'field' },
    { key: 'before', title: t('audit.before'), render: (_, change) => shown(change.before) },
    { key: 'after', title: t('audit.after'), render: (_, change) => shown(change.after) },
  ]
  return <Table<FieldChange> rowKey="field" size="small" columns={columns} dataSource={changes} pagination={false} />
}

/** Who changed what, when, and why: the audit trail, newest first. */
export function AuditLogPage() {
  const t = useT()
  const [filters, setFilters] = useState<AuditFilters>({ page: 0, size: 20 })
  const events = useAuditEvents(filters)
  const columns: TableColumnsType<AuditEventView> = [
    { key: 'occurredAt', title: t('audit.occurredAt'), render: (_, event) => formatDateTime(event.occurredAt) },
    { key: 'actor', title: t('audit.actor'), dataIndex: 'actor' },
    { key: 'entityType', title: t('audit.entityType'), render: (_, event) => <Tag>{event.entityType}</Tag> },
    { key: 'entityId', title: t('audit.entityId'), dataIndex: 'entityId' },
    { key: 'action', title: t('audit.action'), dataIndex: 'action' },
    { key: 'reason', title: t('audit.reason'), dataIndex: 'reason' },
  ]
  const page = events.data
  return (
    <Card title={t('nav.audit')}>
      <div style={{ marginBottom: 16 }}>
        <AuditFilterForm onSearch={(criteria) => setFilters({ ...criteria, page: 0, size: filters.size })} />
      </div>
      <Table<AuditEventView>
        rowKey="id"
        columns={columns}
        dataSource={page?.items}
        loading={events.isFetching}
        expandable={{
          rowExpandable: (event) => (event.changes?.length ?? 0) > 0,
          expandedRowRender: (event) => <ChangesTable changes={event.changes ?? []} />,
        }}
        pagination={serverPagination(page, filters.size ?? 20, (p, size) => setFilters({ ...filters, page: p, size }), t)}
        scroll={{ x: 'max-content' }}
      />
    </Card>
  )
}
