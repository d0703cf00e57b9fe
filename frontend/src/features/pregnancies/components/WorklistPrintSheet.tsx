import type { WorklistPage } from '../../../api/types'
import { useT } from '../../../lib/i18n'
import { codeLabel } from '../../../lib/register'
import { slotName } from './tags'
import './worklist-print.css'

/** What 打印 puts on paper (hidden on screen): a title, the date, and the rows as a plain table. */
export function WorklistPrintSheet({ page, printedOn }: { page: WorklistPage; printedOn: string }) {
  const t = useT()
  return (
    <div className="worklist-print">
      <h2>{t('nav.worklist')}</h2>
      <p>
        {t('common.printedOn', { date: printedOn })}
        {page.total > page.items.length && ` · ${t('worklist.printLimit', { count: page.items.length, total: page.total })}`}
      </p>
      <table>
        <thead>
          <tr>
            <th>#</th>
            <th>{t('pregnancy.status')}</th>
            <th>{t('pregnancy.woman')}</th>
            <th>{t('visit.kind')}</th>
            <th>{t('worklist.dueDate')}</th>
            <th>{t('worklist.daysOverdue')}</th>
            <th>{t('person.idNumber')}</th>
            <th>{t('person.phone')}</th>
            <th>{t('person.village')}</th>
            <th>{t('pregnancy.responsibleWorker')}</th>
          </tr>
        </thead>
        <tbody>
          {page.items.map((row, index) => (
            <tr key={`${row.pregnancyId}:${row.kind}:${row.seq}`}>
              <td>{index + 1}</td>
              <td>{codeLabel(t, 'slotStatus', row.status)}</td>
              <td>{row.womanName}{row.highRisk && `（${t('pregnancy.highRisk')}）`}</td>
              <td>{slotName(t, row.kind, row.seq)}</td>
              <td>{row.dueDate}</td>
              <td>{row.daysOverdue > 0 ? row.daysOverdue : ''}</td>
              <td>{row.womanIdNumber}</td>
              <td>{row.womanPhone}</td>
              <td>{row.village}</td>
              <td>{row.responsibleWorker}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
