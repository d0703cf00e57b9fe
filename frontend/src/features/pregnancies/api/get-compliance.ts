import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'
import { COMPLIANCE_KEY } from './keys'

/** Slots closed in the month (yyyy-MM), done and missed, per child unit and kind, with the unit's 12-month trend. */
export function complianceQuery(period: string, orgUnitId?: number) {
  return queryOptions({
    queryKey: [...COMPLIANCE_KEY, period, orgUnitId ?? 'own'],
    queryFn: () => unwrap(api.GET('/api/follow-up-compliance', { params: { query: { period, orgUnitId } } })),
    placeholderData: keepPreviousData,
  })
}

export function useCompliance(period: string, orgUnitId?: number) {
  return useQuery(complianceQuery(period, orgUnitId))
}
