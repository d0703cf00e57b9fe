import type { ExportFormat } from '../../../api/types'
import { api } from '../../../lib/api-client'
import { download } from '../../../lib/download'
import type { HouseholdFilters } from './get-households'

/** Every household the search finds, as .xlsx or .csv. */
export function exportHouseholds(criteria: Omit<HouseholdFilters, 'page' | 'size' | 'sort'>, format: ExportFormat) {
  return download(
    api.GET('/api/households/export', { params: { query: { ...criteria, format } }, parseAs: 'blob' }),
    `households.${format.toLowerCase()}`,
  )
}
