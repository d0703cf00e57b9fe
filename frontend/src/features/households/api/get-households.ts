import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import type { paths } from '../../../api/schema'
import { HOUSEHOLDS_KEY } from '../../../api/register-keys'
import { api, unwrap } from '../../../lib/api-client'

export type HouseholdFilters = NonNullable<paths['/api/households']['get']['parameters']['query']>

export function householdsQuery(filters: HouseholdFilters, enabled = true) {
  return queryOptions({
    queryKey: [...HOUSEHOLDS_KEY, 'list', filters],
    queryFn: () => unwrap(api.GET('/api/households', { params: { query: filters } })),
    placeholderData: keepPreviousData,
    enabled,
  })
}

export function useHouseholds(filters: HouseholdFilters, enabled = true) {
  return useQuery(householdsQuery(filters, enabled))
}
