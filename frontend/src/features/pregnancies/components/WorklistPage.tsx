import { useEffect, useState } from 'react'
import { Link } from 'react-router'
import { useQueryClient } from '@tanstack/react-query'
import { Button, Card, Flex, Space, Table, Typography } from 'antd'
import type { TableColumnsType } from 'antd'
import { EditOutlined, PrinterOutlined } from '@ant-design/icons'
import type { WorklistPage as WorklistPageData, WorklistRow } from '../../../api/types'
import { IdText } from '../../../components/register/person-columns'
import { hasAnyRole, useCurrentUser } from '../../../lib/auth'
import { useShowProblem } from '../../../lib/form-errors'
import { todayIso } from '../../../lib/format'
import { useT } from '../../../lib/i18n'
import { serverPagination } from '../../../lib/pagination'
import { PREGNANCY_WRITE_ROLES } from '../../../lib/pregnancy'
import { useWorklist, worklistQuery } from '../api/get-worklist'
import { HighRiskTag, SlotStatusTag, slotName } from './tags'
import { VisitDrawer, type VisitTarget } from './VisitDrawer'
import { WorklistFilterForm, type WorklistCriteria } from './WorklistFilterForm'
import { WorklistPrintSheet } from './WorklistPrintSheet'

/** The most rows one print asks for (the API's largest page). */
const PRINT_SIZE = 200

function useWorklistColumns(onRecord?: (target: VisitTarget) => void): TableColumnsType<WorklistRow> {
  const t = useT()
  return [
    { key: 'status', title: t('pregnancy.status'), render: (_, row) => <SlotStatusTag status={row.status} /> },
    {
      key: 'woman',
      title: t('pregnancy.woman'),
      render: (_, row) => (
        <Space size={4}>
          <Link to={`/pregnancies/${row.pregnancyId}`}>{row.womanName}</Link>
          {row.highRisk && <HighRiskTag />}
        </Space>
      ),
    },
    { key: 'kind', title: t('visit.kind'), render: (_, row) => slotName(t, row.kind, row.seq) },
    { key: 'window', title: t('worklist.window'), render: (_, row) => `${row.start} ~ ${row.end}` },
    { key: 'dueDate', title: t('worklist.dueDate'), dataIndex: 'dueDate' },
    {
      key: 'daysOverdue',
      title: t('worklist.daysOverdue'),
      align: 'right',
      render: (_, row) => row.daysOverdue > 0 && <Typography.Text type="danger">{row.daysOverdue}</Typography.Text>,
    },
    { key: 'idNumber', title: t('person.idNumber'), render: (_, row) => <IdText value={row.womanIdNumber} /> },
    { key: 'phone', title: t('person.phone'), render: (_, row) => <IdText value={row.womanPhone} /> },
    { key: 'village', title: t('person.village'), dataIndex: 'village' },
    { key: 'worker', title: t('pregnancy.responsibleWorker'), dataIndex: 'responsibleWorker' },
    ...(onRecord ? [{
      key: 'actions',
      title: t('common.actions'),
      render: (_: unknown, row: WorklistRow) => (
        <Button
          type="link"
          icon={<EditOutlined />}
          onClick={() => onRecord({ pregnancyId: row.pregnancyId, womanName: row.womanName, kind: row.kind })}
        >
          {t('visit.record')}
        </Button>
      ),
    }] : []),
  ]
}

/** 我的工作清单: the open follow-ups of the caller's area, most urgent first; a visit recorded from a row; a print. */
export function WorklistPage() {
  const t = useT()
  const queryClient = useQueryClient()
  const showProblem = useShowProblem()
  const [criteria, setCriteria] = useState<WorklistCriteria>({})
  const [paging, setPaging] = useState({ page: 0, size: 20 })
  const [visit, setVisit] = useState<VisitTarget>()
  const [printing, setPrinting] = useState(false)
  const [printed, setPrinted] = useState<{ page: WorklistPageData; on: string }>()
  const worklist = useWorklist({ ...criteria, ...paging })
  const canWrite = hasAnyRole(useCurrentUser(), PREGNANCY_WRITE_ROLES)
  const columns = useWorklistColumns(canWrite ? setVisit : undefined)
  useEffect(() => {
    if (printed) window.print()
  }, [printed])
  const print = async () => {
    setPrinting(true)
    try {
      const page = await queryClient.fetchQuery(worklistQuery({ ...criteria, page: 0, size: PRINT_SIZE }))
      setPrinted({ page, on: todayIso() })
    } catch (error) {
      showProblem(error)
    } finally {
      setPrinting(false)
    }
  }
  return (
    <>
      <Card
        className="worklist-screen"
        title={t('nav.worklist')}
        extra={<Button icon={<PrinterOutlined />} loading={printing} onClick={print}>{t('common.print')}</Button>}
      >
        <Flex vertical gap="middle">
          <WorklistFilterForm onChange={(next) => { setCriteria(next); setPaging({ ...paging, page: 0 }) }} />
          <Table<WorklistRow>
            rowKey={(row) => `${row.pregnancyId}:${row.kind}:${row.seq}`}
            columns={columns}
            dataSource={worklist.data?.items}
            loading={worklist.isFetching}
            pagination={serverPagination(worklist.data, paging.size, (page, size) => setPaging({ page, size }), t)}
            scroll={{ x: 'max-content' }}
          />
        </Flex>
      </Card>
      {printed && <WorklistPrintSheet page={printed.page} printedOn={printed.on} />}
      {visit && <VisitDrawer target={visit} onClose={() => setVisit(undefined)} />}
    </>
  )
}
