import type { ExportFormat } from '../../../api/types'
import type { PersonCriteria } from '../../../api/search-persons'
import { api } from '../../../lib/api-client'
import { download } from '../../../lib/download'

/** Every person the search finds (identifiers masked), as .xlsx or .csv. */
export function exportPersons(criteria: PersonCriteria, format: ExportFormat) {
  return download(
    api.GET('/api/persons/export', { params: { query: { ...criteria, format } }, parseAs: 'blob' }),
    `persons.${format.toLowerCase()}`,
  )
}
