import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'
import { jobRefetchInterval } from '../../../lib/jobs'

export const IMPORTS_KEY = ['imports'] as const

/** An import job, read every second until it has finished. */
export function importQuery(id: number) {
  return queryOptions({
    queryKey: [...IMPORTS_KEY, id],
    queryFn: () => unwrap(api.GET('/api/imports/{id}', { params: { path: { id } } })),
    refetchInterval: jobRefetchInterval,
  })
}

export function useImport(id: number | undefined) {
  return useQuery({ ...importQuery(id ?? 0), enabled: id != null })
}
