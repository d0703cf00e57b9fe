import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { PrepregnancyCheckWrite } from '../../../api/types'
import { TARGETS_KEY } from '../../../api/target-keys'
import { api, unwrap } from '../../../lib/api-client'
import { checkQuery } from './get-check'
import { PREPREGNANCY_KEY } from './keys'

export function recordCheck(check: PrepregnancyCheckWrite) {
  return unwrap(api.POST('/api/prepregnancy-checks', { body: check }))
}

/** Records a check; the lists (and the targets' progress, which counts checks) are read again. */
export function useRecordCheck() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: recordCheck,
    onSuccess: (detail) => {
      queryClient.setQueryData(checkQuery(detail.check.id).queryKey, detail)
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: [...PREPREGNANCY_KEY, 'list'] }), // not the detail: each read of results is audited
        queryClient.invalidateQueries({ queryKey: TARGETS_KEY }),
      ])
    },
  })
}
