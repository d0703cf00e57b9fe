import { useEffect, useState } from 'react'
import { useSearchParams } from 'react-router'
import { useQueryClient } from '@tanstack/react-query'
import { Button, Card, Flex, Radio, Steps, Typography, Upload } from 'antd'
import type { UploadFile } from 'antd'
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons'
import { REGISTER_KEY } from '../../../api/register-keys'
import { JobProgress } from '../../../components/JobProgress'
import { useShowProblem } from '../../../lib/form-errors'
import { useT } from '../../../lib/i18n'
import { jobFinished } from '../../../lib/jobs'
import { downloadImportTemplate } from '../api/download-import-template'
import { useImport } from '../api/get-import'
import { useStartImport, type ImportMode } from '../api/start-import'
import { ImportResult } from './ImportResult'

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024
const ACCEPTED = /\.(xlsx|csv)$/i

function TemplateStep({ onNext }: { onNext: () => void }) {
  const t = useT()
  const showProblem = useShowProblem()
  const [loading, setLoading] = useState(false)
  const fetchTemplate = async () => {
    setLoading(true)
    try {
      await downloadImportTemplate()
    } catch (error) {
      showProblem(error)
    } finally {
      setLoading(false)
    }
  }
  return (
    <Flex vertical gap="middle" align="flex-start">
      <Typography.Paragraph>{t('imports.templateHint')}</Typography.Paragraph>
      <Flex gap="small">
        <Button icon={<DownloadOutlined />} loading={loading} onClick={fetchTemplate}>{t('imports.downloadTemplate')}</Button>
        <Button type="primary" onClick={onNext}>{t('imports.next')}</Button>
      </Flex>
    </Flex>
  )
}

function UploadStep({ onStarted }: { onStarted: (jobId: number) => void }) {
  const t = useT()
  const showProblem = useShowProblem()
  const start = useStartImport()
  const [file, setFile] = useState<File>()
  const [fileList, setFileList] = useState<UploadFile[]>([])
  const [problem, setProblem] = useState<string>()
  const [mode, setMode] = useState<ImportMode>('ALL_OR_NOTHING')
  const choose = (chosen: File) => {
    if (!ACCEPTED.test(chosen.name)) setProblem(t('imports.wrongType'))
    else if (chosen.size > MAX_IMPORT_BYTES) setProblem(t('imports.tooLarge'))
    else {
      setProblem(undefined)
      setFile(chosen)
      setFileList([{ uid: '-1', name: chosen.name, status: 'done', size: chosen.size }])
      return false
    }
    setFile(undefined)
    setFileList([])
    return Upload.LIST_IGNORE
  }
  const submit = async () => {
    if (!file) {
      setProblem(t('imports.noFile'))
      return
    }
    try {
      onStarted((await start.mutateAsync({ file, mode })).id)
    } catch (error) {
      showProblem(error)
    }
  }
  return (
    <Flex vertical gap="middle" align="flex-start">
      <Upload
        accept=".xlsx,.csv"
        maxCount={1}
        fileList={fileList}
        beforeUpload={choose}
        onRemove={() => { setFile(undefined); setFileList([]) }}
      >
        <Button icon={<UploadOutlined />}>{t('imports.pickFile')}</Button>
      </Upload>
      <Typography.Text type="secondary">{t('imports.fileHint')}</Typography.Text>
      {problem && <Typography.Text type="danger">{problem}</Typography.Text>}
      <Flex vertical gap={4}>
        <Typography.Text strong>{t('imports.mode')}</Typography.Text>
        <Radio.Group
          value={mode}
          onChange={(event) => setMode(event.target.value as ImportMode)}
          options={[
            { value: 'ALL_OR_NOTHING', label: t('imports.modeAll') },
            { value: 'VALID_ROWS_ONLY', label: t('imports.modeValid') },
          ]}
        />
      </Flex>
      <Button type="primary" loading={start.isPending} onClick={submit}>{t('imports.start')}</Button>
    </Flex>
  )
}

/**
 * 数据导入: 1 download the template, 2 upload a file and choose the mode, 3 follow the job, 4 its result.
 * The job's id is in the address (?job=…), so a reload or a shared link shows the same import.
 */
export function ImportPage() {
  const t = useT()
  const queryClient = useQueryClient()
  const [params, setParams] = useSearchParams()
  const jobId = params.get('job') ? Number(params.get('job')) : undefined
  const [step, setStep] = useState(0)
  const job = useImport(jobId).data
  const finished = jobFinished(job)
  useEffect(() => {
    if (finished) void queryClient.invalidateQueries({ queryKey: REGISTER_KEY })
  }, [finished, queryClient])
  const current = jobId == null ? step : finished ? 3 : 2
  const restart = () => {
    setParams({})
    setStep(1)
  }
  return (
    <Card title={t('nav.imports')}>
      <Flex vertical gap="large">
        <Steps
          current={current}
          status={job?.status === 'FAILED' ? 'error' : undefined}
          onChange={jobId == null ? setStep : undefined}
          items={[
            { title: t('imports.stepTemplate') },
            { title: t('imports.stepUpload') },
            { title: t('imports.stepProgress'), disabled: jobId == null },
            { title: t('imports.stepResult'), disabled: !finished },
          ]}
        />
        {current === 0 && <TemplateStep onNext={() => setStep(1)} />}
        {current === 1 && <UploadStep onStarted={(id) => setParams({ job: String(id) })} />}
        {current === 2 && job && <JobProgress job={job} />}
        {current === 3 && job && <ImportResult job={job} onRestart={restart} />}
      </Flex>
    </Card>
  )
}
