import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'
import { FLOATING_KEY } from './keys'

export function floatingCoverageQuery() {
  return queryOptions({
    queryKey: [...FLOATING_KEY, 'coverage'],
    queryFn: () => unwrap(api.GET('/api/floating-population/coverage')),
  })
}

export function useFloatingCoverage() {
  return useQuery(floatingCoverageQuery())
}
