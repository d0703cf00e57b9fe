import { useEffect, useState } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { App, Button, Flex, Form } from 'antd'
import { ScanOutlined } from '@ant-design/icons'
import { useJob } from '../../../api/get-job'
import type { DuplicateScanRequest } from '../../../api/types'
import { FormDialog } from '../../../components/FormDialog'
import { JobProgress } from '../../../components/JobProgress'
import { OrgUnitTreeSelect } from '../../../components/OrgUnitTreeSelect'
import { useCurrentUser } from '../../../lib/auth'
import { useT } from '../../../lib/i18n'
import { jobFinished } from '../../../lib/jobs'
import { DUPLICATES_KEY } from '../api/get-duplicate-candidates'
import { useStartDuplicateScan } from '../api/start-duplicate-scan'

/** 扫描重复: starts a scan of an area and shows its progress; the queue is read again when it is done. */
export function DuplicateScan() {
  const t = useT()
  const user = useCurrentUser()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const start = useStartDuplicateScan()
  const [asking, setAsking] = useState(false)
  const [jobId, setJobId] = useState<number>()
  const job = useJob(jobId).data
  const finished = jobFinished(job)
  useEffect(() => {
    if (!job || !finished) return
    if (job.status === 'SUCCEEDED') message.success(job.message || t('duplicates.scanDone'))
    else message.error(job.message || t('job.FAILED'))
    void queryClient.invalidateQueries({ queryKey: DUPLICATES_KEY })
  }, [finished]) // eslint-disable-line react-hooks/exhaustive-deps -- once, when the job ends
  const running = jobId != null && !finished
  return (
    <Flex align="center" gap="middle">
      {job && jobId != null && <div style={{ width: 240 }}><JobProgress job={job} /></div>}
      <Button icon={<ScanOutlined />} loading={running} onClick={() => setAsking(true)}>{t('duplicates.scan')}</Button>
      {asking && (
        <FormDialog<DuplicateScanRequest>
          title={t('duplicates.scan')}
          initialValues={{ orgUnitId: user?.orgUnitId }}
          onSubmit={async (request) => setJobId((await start.mutateAsync(request)).id)}
          onClose={() => setAsking(false)}
          successMessage={t('duplicates.scanStarted')}
        >
          <Form.Item name="orgUnitId" label={t('duplicates.scanArea')} rules={[{ required: true }]}>
            <OrgUnitTreeSelect />
          </Form.Item>
        </FormDialog>
      )}
    </Flex>
  )
}
