import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import type { paths } from '../../../api/schema'
import { TARGETS_KEY } from '../../../api/target-keys'
import { api, unwrap } from '../../../lib/api-client'

export type ProgressQuery = paths['/api/targets/progress']['get']['parameters']['query']

export function targetProgressQuery(query: ProgressQuery) {
  return queryOptions({
    queryKey: [...TARGETS_KEY, 'progress', query],
    queryFn: () => unwrap(api.GET('/api/targets/progress', { params: { query } })),
    placeholderData: keepPreviousData,
  })
}

export function useTargetProgress(query: ProgressQuery) {
  return useQuery(targetProgressQuery(query))
}
