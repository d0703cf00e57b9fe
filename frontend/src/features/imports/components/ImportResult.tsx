import { useState } from 'react'
import { Alert, Button, Flex, Result, Statistic, Table } from 'antd'
import type { TableColumnsType } from 'antd'
import { DownloadOutlined } from '@ant-design/icons'
import type { ImportError, JobView } from '../../../api/types'
import { formatDateTime } from '../../../lib/format'
import { useShowProblem } from '../../../lib/form-errors'
import { useT } from '../../../lib/i18n'
import { downloadImportErrors } from '../api/download-import-errors'
import { useImportErrors } from '../api/get-import-errors'
import { serverPagination } from '../../../lib/pagination'

function ErrorTable({ jobId }: { jobId: number }) {
  const t = useT()
  const [paging, setPaging] = useState({ page: 0, size: 20 })
  const errors = useImportErrors(jobId, paging.page, paging.size)
  const columns: TableColumnsType<ImportError> = [
    { key: 'row', title: t('imports.row'), dataIndex: 'row', align: 'right', width: 80 },
    { key: 'column', title: t('imports.column'), dataIndex: 'column' },
    { key: 'value', title: t('imports.value'), dataIndex: 'value' },
    { key: 'message', title: t('imports.message'), dataIndex: 'message' },
  ]
  const page = errors.data
  return (
    <Table<ImportError>
      rowKey={(error) => `${error.row}:${error.column ?? ''}:${error.message}`}
      size="small"
      columns={columns}
      dataSource={page?.items}
      loading={errors.isFetching}
      pagination={serverPagination(page, paging.size, (p, size) => setPaging({ page: p, size }), t)}
      scroll={{ x: 'max-content' }}
    />
  )
}

/** The outcome: counts, the server's one-line summary, the problems by row and column, the report to download. */
export function ImportResult({ job, onRestart }: { job: JobView; onRestart: () => void }) {
  const t = useT()
  const showProblem = useShowProblem()
  const [downloading, setDownloading] = useState(false)
  const succeeded = job.status === 'SUCCEEDED'
  const fetchReport = async () => {
    setDownloading(true)
    try {
      await downloadImportErrors(job.id)
    } catch (error) {
      showProblem(error)
    } finally {
      setDownloading(false)
    }
  }
  return (
    <Flex vertical gap="middle">
      <Result
        status={succeeded ? (job.errorCount > 0 ? 'warning' : 'success') : 'error'}
        title={succeeded ? t('imports.succeeded') : t('imports.failed')}
        subTitle={job.message}
        extra={[
          job.errorCount > 0 && !job.errorsRemovedAt && (
            <Button key="report" icon={<DownloadOutlined />} loading={downloading} onClick={fetchReport}>
              {t('imports.downloadErrors')}
            </Button>
          ),
          <Button key="again" type="primary" onClick={onRestart}>{t('imports.again')}</Button>,
        ]}
      />
      <Flex gap="large" justify="center" wrap>
        <Statistic title={t('imports.total')} value={job.total} />
        <Statistic title={t('imports.done')} value={job.done} />
        <Statistic title={t('imports.errorCount')} value={job.errorCount} styles={job.errorCount > 0 ? { content: { color: '#cf1322' } } : undefined} />
      </Flex>
      {job.errorsRemovedAt && (
        <Alert type="info" showIcon title={t('imports.errorsRemoved', { date: formatDateTime(job.errorsRemovedAt) })} />
      )}
      {job.errorCount > 0 && !job.errorsRemovedAt && <ErrorTable jobId={job.id} />}
    </Flex>
  )
}
