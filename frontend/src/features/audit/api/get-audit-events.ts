import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import type { paths } from '../../../api/schema'
import { api, unwrap } from '../../../lib/api-client'

export type AuditFilters = NonNullable<paths['/api/audit-events']['get']['parameters']['query']>

export function auditEventsQuery(filters: AuditFilters) {
  return queryOptions({
    queryKey: ['audit-events', filters],
    queryFn: () => unwrap(api.GET('/api/audit-events', { params: { query: filters } })),
    placeholderData: keepPreviousData,
  })
}

export function useAuditEvents(filters: AuditFilters) {
  return useQuery(auditEventsQuery(filters))
}
