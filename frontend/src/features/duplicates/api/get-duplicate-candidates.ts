import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import type { paths } from '../../../api/schema'
import { REGISTER_KEY } from '../../../api/register-keys'
import { api, unwrap } from '../../../lib/api-client'

export type DuplicateFilters = NonNullable<paths['/api/duplicate-candidates']['get']['parameters']['query']>

/** Under the register's key: merging two persons changes the register, and the register's writes the queue. */
export const DUPLICATES_KEY = [...REGISTER_KEY, 'duplicates'] as const

export function duplicateCandidatesQuery(filters: DuplicateFilters) {
  return queryOptions({
    queryKey: [...DUPLICATES_KEY, filters],
    queryFn: () => unwrap(api.GET('/api/duplicate-candidates', { params: { query: filters } })),
    placeholderData: keepPreviousData,
  })
}

export function useDuplicateCandidates(filters: DuplicateFilters) {
  return useQuery(duplicateCandidatesQuery(filters))
}
