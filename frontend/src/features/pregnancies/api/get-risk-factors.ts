import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'

/** The high-risk factor dictionary: it changes with a release, not during a session. */
export function useRiskFactors() {
  return useQuery({
    queryKey: ['risk-factors'],
    queryFn: () => unwrap(api.GET('/api/risk-factors')),
    staleTime: Infinity,
  })
}
