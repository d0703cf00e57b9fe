import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'
import { IMPORTS_KEY } from './get-import'

/** A page of an import's problems: row, column, value, message. */
export function importErrorsQuery(id: number, page: number, size: number) {
  return queryOptions({
    queryKey: [...IMPORTS_KEY, id, 'errors', page, size],
    queryFn: () => unwrap(api.GET('/api/imports/{id}/errors', { params: { path: { id }, query: { page, size } } })),
    placeholderData: keepPreviousData,
  })
}

export function useImportErrors(id: number, page: number, size: number, enabled = true) {
  return useQuery({ ...importErrorsQuery(id, page, size), enabled })
}
