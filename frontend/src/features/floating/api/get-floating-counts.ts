import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'
import { FLOATING_KEY } from './keys'

export function floatingCountsQuery() {
  return queryOptions({
    queryKey: [...FLOATING_KEY, 'counts'],
    queryFn: () => unwrap(api.GET('/api/floating-population/counts')),
  })
}

export function useFloatingCounts() {
  return useQuery(floatingCountsQuery())
}
