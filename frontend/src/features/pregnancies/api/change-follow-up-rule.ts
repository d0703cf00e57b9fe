import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { FollowUpRuleWrite } from '../../../api/types'
import { api, unwrap } from '../../../lib/api-client'
import { FOLLOW_UP_RULES_KEY } from './keys'

/** 202 with the new version and the job re-planning every active pregnancy. */
export function changeFollowUpRule(rule: FollowUpRuleWrite) {
  return unwrap(api.POST('/api/follow-up-rules', { body: rule }))
}

export function useChangeFollowUpRule() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: changeFollowUpRule,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: FOLLOW_UP_RULES_KEY }),
  })
}
