import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { PrepregnancyCheckView } from '../../../api/types'
import { TARGETS_KEY } from '../../../api/target-keys'
import { api, ifMatch, unwrap } from '../../../lib/api-client'
import { checkQuery } from './get-check'
import { PREPREGNANCY_KEY } from './keys'

/** Voids the check as last read (its version goes into If-Match). */
export function voidCheck({ check, reason }: { check: Pick<PrepregnancyCheckView, 'id' | 'version'>; reason: string }) {
  return unwrap(api.POST('/api/prepregnancy-checks/{id}/void', {
    params: { path: { id: check.id }, header: ifMatch(check.version) },
    body: { reason },
  }))
}

export function useVoidCheck() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: voidCheck,
    onSuccess: (detail) => {
      queryClient.setQueryData(checkQuery(detail.check.id).queryKey, detail)
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: [...PREPREGNANCY_KEY, 'list'] }),
        queryClient.invalidateQueries({ queryKey: TARGETS_KEY }),
      ])
    },
  })
}
