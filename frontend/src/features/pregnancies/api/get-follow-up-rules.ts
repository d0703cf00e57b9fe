import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'
import { FOLLOW_UP_RULES_KEY } from './keys'

/** Every version of every kind's rule, newest first per kind. */
export function useFollowUpRules() {
  return useQuery({
    queryKey: FOLLOW_UP_RULES_KEY,
    queryFn: () => unwrap(api.GET('/api/follow-up-rules')),
  })
}
