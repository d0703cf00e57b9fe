import { useState } from 'react'
import { Button, Space } from 'antd'
import { DownloadOutlined } from '@ant-design/icons'
import type { ExportFormat } from '../api/types'
import { useShowProblem } from '../lib/form-errors'
import { useT } from '../lib/i18n'

/** 导出 Excel / 导出 CSV: each runs `onExport` (a download) and reports its failure. */
export function ExportButtons({ onExport }: { onExport: (format: ExportFormat) => Promise<void> }) {
  const t = useT()
  const showProblem = useShowProblem()
  const [running, setRunning] = useState<ExportFormat>()
  const run = async (format: ExportFormat) => {
    setRunning(format)
    try {
      await onExport(format)
    } catch (error) {
      showProblem(error)
    } finally {
      setRunning(undefined)
    }
  }
  return (
    <Space.Compact>
      <Button icon={<DownloadOutlined />} loading={running === 'XLSX'} disabled={!!running} onClick={() => run('XLSX')}>
        {t('common.exportExcel')}
      </Button>
      <Button loading={running === 'CSV'} disabled={!!running} onClick={() => run('CSV')}>{t('common.exportCsv')}</Button>
    </Space.Compact>
  )
}
