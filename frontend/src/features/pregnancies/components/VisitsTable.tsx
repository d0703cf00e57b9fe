import { useState } from 'react'
import { Button, Descriptions, Space, Table, Tag, Tooltip } from 'antd'
import type { TableColumnsType } from 'antd'
import type { VisitFindings, VisitPlacement, VisitView } from '../../../api/types'
import { useT } from '../../../lib/i18n'
import { serverPagination } from '../../../lib/pagination'
import { codeLabel } from '../../../lib/register'
import type { MessageKey } from '../../../lib/messages/zh-CN'
import { useRiskFactors } from '../api/get-risk-factors'
import { useVisits } from '../api/get-visits'
import { VoidVisitDialog } from './PregnancyDialogs'
import { PlacementTag, slotName } from './tags'

const FINDING_LABELS: Record<Exclude<keyof VisitFindings, 'riskFactors'>, MessageKey> = {
  condition: 'visit.condition',
  weightKg: 'visit.weightKg',
  systolic: 'visit.systolic',
  diastolic: 'visit.diastolic',
  fundalHeightCm: 'visit.fundalHeightCm',
  fetalHeartRate: 'visit.fetalHeartRate',
  testResults: 'visit.testResults',
  gestationalWeeks: 'visit.gestationalWeeks',
  fetuses: 'visit.fetuses',
  placenta: 'visit.placenta',
  ultrasoundFindings: 'visit.ultrasoundFindings',
  advice: 'visit.advice',
}

/** What a visit recorded, field by field (empty ones left out). */
function FindingsDescriptions({ visit }: { visit: VisitView }) {
  const t = useT()
  const factors = useRiskFactors().data ?? []
  const { findings } = visit
  const items = Object.entries(FINDING_LABELS)
    .filter(([key]) => findings[key as keyof VisitFindings] != null && findings[key as keyof VisitFindings] !== '')
    .map(([key, label]) => ({ key, label: t(label), children: String(findings[key as keyof VisitFindings]) }))
  if (findings.riskFactors?.length) {
    const names = findings.riskFactors.map((code) => factors.find((factor) => factor.code === code)?.name ?? code)
    items.push({ key: 'riskFactors', label: t('visit.riskFactors'), children: names.join('、') })
  }
  if (visit.nextAppointment) items.push({ key: 'next', label: t('visit.nextAppointment'), children: visit.nextAppointment })
  return <Descriptions size="small" column={{ xs: 1, md: 2 }} items={items} />
}

interface Props {
  pregnancyId: number
  /** Where each visit went, from the schedule (the slot a FILLS visit filled). */
  placements: readonly VisitPlacement[]
  canVoid: boolean
}

/** A pregnancy's visits, newest first: where each went, voided ones marked; a visit's findings when opened. */
export function VisitsTable({ pregnancyId, placements, canVoid }: Props) {
  const t = useT()
  const [paging, setPaging] = useState({ page: 0, size: 10 })
  const [voiding, setVoiding] = useState<VisitView>()
  const visits = useVisits(pregnancyId, paging.page, paging.size)
  const slotOf = (visit: VisitView) => placements.find((placed) => placed.visitId === visit.id)?.slotSeq
  const columns: TableColumnsType<VisitView> = [
    { key: 'date', title: t('visit.date'), dataIndex: 'date' },
    { key: 'kind', title: t('visit.kind'), render: (_, visit) => codeLabel(t, 'followUpKind', visit.kind) },
    {
      key: 'placement',
      title: t('visit.placement'),
      render: (_, visit) => {
        if (visit.voided) return <Tooltip title={visit.voidReason}><Tag>{t('visit.voided')}</Tag></Tooltip>
        const seq = slotOf(visit)
        return (
          <Space size={4}>
            {visit.placement && <PlacementTag placement={visit.placement} />}
            {visit.placement === 'FILLS' && seq != null && slotName(t, visit.kind, seq)}
          </Space>
        )
      },
    },
    { key: 'performedBy', title: t('visit.performedBy'), dataIndex: 'performedBy' },
    { key: 'place', title: t('visit.place'), dataIndex: 'place' },
    ...(canVoid ? [{
      key: 'actions',
      title: t('common.actions'),
      render: (_: unknown, visit: VisitView) => !visit.voided && (
        <Button type="link" danger onClick={() => setVoiding(visit)}>{t('visit.void')}</Button>
      ),
    }] : []),
  ]
  return (
    <>
      <Table<VisitView>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={visits.data?.items}
        loading={visits.isFetching}
        onRow={(visit) => ({ style: visit.voided ? { opacity: 0.55 } : undefined })}
        expandable={{ expandedRowRender: (visit) => <FindingsDescriptions visit={visit} /> }}
        pagination={serverPagination(visits.data, paging.size, (page, size) => setPaging({ page, size }), t)}
        scroll={{ x: 'max-content' }}
      />
      {voiding && <VoidVisitDialog visit={voiding} onClose={() => setVoiding(undefined)} />}
    </>
  )
}
