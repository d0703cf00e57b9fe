import { api } from '../../../lib/api-client'
import { download } from '../../../lib/download'

/** The .xlsx to fill in: the Chinese column headers, an example row, instructions. */
export function downloadImportTemplate() {
  return download(api.GET('/api/imports/template', { parseAs: 'blob' }), 'register-import-template.xlsx')
}
