import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'
import { PREPREGNANCY_KEY } from './keys'

/** The risk-factor dictionary (高龄, 慢性病, …), in display order; it rarely changes. */
export function riskFactorsQuery() {
  return queryOptions({
    queryKey: [...PREPREGNANCY_KEY, 'risk-factors'],
    queryFn: () => unwrap(api.GET('/api/prepregnancy-checks/risk-factors')),
    staleTime: 60 * 60 * 1000,
  })
}

export function useRiskFactors() {
  return useQuery(riskFactorsQuery())
}
