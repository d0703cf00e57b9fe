// Units of the whole tree by name — not only the caller's subtree — for choosing a unit in another area.
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { OrgLevel } from './types'
import { api, unwrap } from '../lib/api-client'
import { ORG_UNITS_KEY } from './org-unit-tree'

export function useOrgUnitDirectory(q: string, level?: OrgLevel) {
  return useQuery({
    queryKey: [...ORG_UNITS_KEY, 'directory', q, level],
    queryFn: () => unwrap(api.GET('/api/org-units/directory', { params: { query: { q, level, page: 0, size: 30 } } })),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  })
}
