// The caller's org subtree: read by the org-unit page and by every org-unit picker.
import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../lib/api-client'

/** Every org-unit query lives under this key, so one invalidation refreshes them all. */
export const ORG_UNITS_KEY = ['org-units'] as const

export function orgUnitTreeQuery() {
  return queryOptions({
    queryKey: [...ORG_UNITS_KEY, 'tree'],
    queryFn: () => unwrap(api.GET('/api/org-units/tree')),
  })
}

export function useOrgUnitTree() {
  return useQuery(orgUnitTreeQuery())
}
