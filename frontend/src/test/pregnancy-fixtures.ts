// Pregnancy and follow-up data for the tests, as the API sends them (黑林村 = org unit 5 of TOWN_TREE).
import type {
  ComplianceCount, ComplianceReport, FollowUpKind, PregnancyDetail, PregnancySchedule, SlotView, VisitView, WorklistRow,
} from '../api/types'

export function pregnancyDetail(patch: Partial<PregnancyDetail['pregnancy']> = {}): PregnancyDetail {
  return {
    pregnancy: {
      id: 1001, personId: 1203, womanName: '马秀英', womanIdNumber: '640502********1226', womanPhone: '139****1234',
      orgUnitId: 5, lmp: '2018-05-10', edd: '2019-02-14', gestationWeeks: 23, gestationDays: 4, registeredOn: '2018-06-20',
      birthOrder: 2, riskLevel: 'HIGH', status: 'ACTIVE', responsibleWorkerId: 7, transferredIn: false, version: 3,
      ...patch,
    },
    householdId: 1001,
    risks: [{ code: 'HYPERTENSION', name: '妊娠期高血压', level: 'HIGH', notedOn: '2018-06-20' }],
    babies: [],
  }
}

export function worklistRow(patch: Partial<WorklistRow> = {}): WorklistRow {
  return {
    pregnancyId: 1001, personId: 1203, womanName: '马秀英', womanIdNumber: '640502********1226', womanPhone: '139****1234',
    orgUnitId: 5, village: '黑林村', kind: 'HOME_VISIT', seq: 2, start: '2018-08-20', end: '2018-09-19',
    dueDate: '2018-09-08', status: 'OVERDUE', daysOverdue: 9, highRisk: true, responsibleWorkerId: 7, responsibleWorker: '李娟',
    ...patch,
  }
}

export function slot(kind: FollowUpKind, seq: number, patch: Partial<SlotView> = {}): SlotView {
  return {
    kind, seq, start: '2018-06-20', end: '2018-07-19', dueDate: '2018-07-09', overdueFrom: '2018-07-15',
    status: 'DONE', daysOverdue: 0, ...patch,
  }
}

export function schedule(patch: Partial<PregnancySchedule> = {}): PregnancySchedule {
  return {
    pregnancyId: 1001,
    asOf: '2018-09-17',
    slots: [
      slot('HOME_VISIT', 0, { filledByVisitId: 2051, filledOn: '2018-07-02' }),
      slot('HOME_VISIT', 1, { start: '2018-07-20', end: '2018-08-19', dueDate: '2018-08-08', overdueFrom: '2018-08-14', status: 'MISSED' }),
      slot('HOME_VISIT', 2, {
        start: '2018-08-20', end: '2018-09-19', dueDate: '2018-09-08', overdueFrom: '2018-09-14', status: 'OVERDUE', daysOverdue: 9,
      }),
      slot('HOME_VISIT', 3, { start: '2018-09-20', end: '2018-10-19', dueDate: '2018-10-09', overdueFrom: '2018-10-15', status: 'UPCOMING' }),
      slot('PREGNANCY_CHECK', 0, { end: '2018-08-19', dueDate: '2018-07-29', overdueFrom: '2018-08-06', status: 'DONE', filledByVisitId: 2052, filledOn: '2018-07-20' }),
      slot('PREGNANCY_CHECK', 1, { start: '2018-08-20', end: '2018-10-19', dueDate: '2018-09-28', overdueFrom: '2018-10-06', status: 'DUE' }),
      slot('ULTRASOUND', 0, { end: '2018-12-19', dueDate: '2018-09-17', overdueFrom: '2018-10-02', status: 'DUE' }),
    ],
    visits: [
      { visitId: 2051, placement: 'FILLS', slotSeq: 0 },
      { visitId: 2052, placement: 'FILLS', slotSeq: 0 },
    ],
    ...patch,
  }
}

export function visitView(patch: Partial<VisitView> = {}): VisitView {
  return {
    id: 2051, pregnancyId: 1001, kind: 'HOME_VISIT', date: '2018-07-02', performedBy: 'village', place: '家中',
    findings: { condition: '精神好，无不适', advice: '注意休息' }, placement: 'FILLS', voided: false, version: 0,
    ...patch,
  }
}

const count = (kind: FollowUpKind, done: number, missed: number): ComplianceCount =>
  ({ kind, closed: done + missed, done, missed, rate: done + missed ? done / (done + missed) : undefined })

export function complianceReport(patch: Partial<ComplianceReport> = {}): ComplianceReport {
  const counts = [count('HOME_VISIT', 36, 4), count('PREGNANCY_CHECK', 18, 2), count('ULTRASOUND', 0, 0)]
  return {
    unit: { orgUnitId: 4, name: '文昌镇', level: 'TOWN', counts },
    period: '2018-07',
    total: counts,
    children: [
      { orgUnitId: 5, name: '黑林村', level: 'VILLAGE', counts: [count('HOME_VISIT', 20, 0), count('PREGNANCY_CHECK', 10, 0), count('ULTRASOUND', 0, 0)] },
      { orgUnitId: 6, name: '东台村', level: 'VILLAGE', counts: [count('HOME_VISIT', 16, 4), count('PREGNANCY_CHECK', 8, 2), count('ULTRASOUND', 0, 0)] },
    ],
    trend: ['2017-08', '2017-09', '2017-10', '2017-11', '2017-12', '2018-01', '2018-02', '2018-03', '2018-04', '2018-05', '2018-06', '2018-07']
      .map((month, i) => ({ month, counts: i < 10 ? [] : counts })),
    ...patch,
  }
}
