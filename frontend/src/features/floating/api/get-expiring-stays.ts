import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import type { paths } from '../../../api/schema'
import { api, unwrap } from '../../../lib/api-client'
import { FLOATING_KEY } from './keys'

export type ExpiringFilters = NonNullable<paths['/api/floating-population/expiring']['get']['parameters']['query']>

export function expiringStaysQuery(filters: ExpiringFilters) {
  return queryOptions({
    queryKey: [...FLOATING_KEY, 'expiring', filters],
    queryFn: () => unwrap(api.GET('/api/floating-population/expiring', { params: { query: filters } })),
    placeholderData: keepPreviousData,
  })
}

export function useExpiringStays(filters: ExpiringFilters) {
  return useQuery(expiringStaysQuery(filters))
}
