import { Flex, Progress, Typography } from 'antd'
import type { JobView } from '../api/types'
import { useT } from '../lib/i18n'
import { jobPercent } from '../lib/jobs'
import type { MessageKey } from '../lib/messages/zh-CN'

const STATUS = { QUEUED: 'normal', RUNNING: 'active', SUCCEEDED: 'success', FAILED: 'exception' } as const

/** A job's progress bar with its state and counts in words. */
export function JobProgress({ job }: { job: JobView }) {
  const t = useT()
  return (
    <Flex vertical gap={4}>
      <Progress percent={jobPercent(job)} status={STATUS[job.status]} aria-label={t(`job.${job.status}` as MessageKey)} />
      <Typography.Text type="secondary">
        {t(`job.${job.status}` as MessageKey)}
        {job.total > 0 && ` · ${t('job.progress', { done: job.done, total: job.total })}`}
      </Typography.Text>
    </Flex>
  )
}
