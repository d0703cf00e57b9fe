import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import type { paths } from '../../../api/schema'
import { api, unwrap } from '../../../lib/api-client'
import { PREPREGNANCY_KEY } from './keys'

export type CheckFilters = NonNullable<paths['/api/prepregnancy-checks']['get']['parameters']['query']>

export function checksQuery(filters: CheckFilters) {
  return queryOptions({
    queryKey: [...PREPREGNANCY_KEY, 'list', filters],
    queryFn: () => unwrap(api.GET('/api/prepregnancy-checks', { params: { query: filters } })),
    placeholderData: keepPreviousData,
  })
}

export function useChecks(filters: CheckFilters) {
  return useQuery(checksQuery(filters))
}
