import { api } from '../../../lib/api-client'
import { download } from '../../../lib/download'

/** Every problem of an import as .xlsx (行号, 列, 值, 问题). */
export function downloadImportErrors(id: number) {
  return download(
    api.GET('/api/imports/{id}/errors.xlsx', { params: { path: { id } }, parseAs: 'blob' }),
    `import-${id}-errors.xlsx`,
  )
}
