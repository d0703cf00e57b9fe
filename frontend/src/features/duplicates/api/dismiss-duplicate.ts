import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { DuplicateCandidate, DuplicateDismiss } from '../../../api/types'
import { api, ifMatch, unwrap } from '../../../lib/api-client'
import { DUPLICATES_KEY } from './get-duplicate-candidates'

/** The two records are two persons; the reason is kept. */
export function dismissDuplicate({ candidate, dismiss }: { candidate: Pick<DuplicateCandidate, 'id' | 'version'>; dismiss: DuplicateDismiss }) {
  return unwrap(api.POST('/api/duplicate-candidates/{id}/dismiss', {
    params: { path: { id: candidate.id }, header: ifMatch(candidate.version) },
    body: dismiss,
  }))
}

export function useDismissDuplicate() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: dismissDuplicate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: DUPLICATES_KEY }),
  })
}
