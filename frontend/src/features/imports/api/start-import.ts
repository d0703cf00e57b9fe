import { useMutation } from '@tanstack/react-query'
import type { JobView } from '../../../api/types'
import { api, unwrap } from '../../../lib/api-client'

export type ImportMode = 'ALL_OR_NOTHING' | 'VALID_ROWS_ONLY'

/** Uploads the file as multipart/form-data (file, mode); 202 with the import job to poll. */
export async function startImport({ file, mode }: { file: File; mode: ImportMode }): Promise<JobView> {
  const call = api.POST('/api/imports', {
    body: { mode },
    bodySerializer: ({ mode: chosen }) => {
      const form = new FormData()
      form.append('file', file, file.name)
      form.append('mode', chosen ?? mode)
      return form
    },
  })
  return unwrap(call)
}

export function useStartImport() {
  return useMutation({ mutationFn: startImport })
}
