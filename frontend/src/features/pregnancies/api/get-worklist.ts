import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import type { paths } from '../../../api/schema'
import { api, unwrap } from '../../../lib/api-client'
import { WORKLIST_KEY } from './keys'

export type WorklistFilters = NonNullable<paths['/api/worklist']['get']['parameters']['query']>

/** The open follow-ups of the caller's area, most urgent first (the server sorts). */
export function worklistQuery(filters: WorklistFilters) {
  return queryOptions({
    queryKey: [...WORKLIST_KEY, filters],
    queryFn: () => unwrap(api.GET('/api/worklist', { params: { query: filters } })),
    placeholderData: keepPreviousData,
  })
}

export function useWorklist(filters: WorklistFilters) {
  return useQuery(worklistQuery(filters))
}
