import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { DuplicateCandidate, DuplicateMerge } from '../../../api/types'
import { REGISTER_KEY } from '../../../api/register-keys'
import { api, ifMatch, unwrap } from '../../../lib/api-client'

/** Keeps one record; the other is retired with a pointer to it. */
export function mergeDuplicate({ candidate, merge }: { candidate: Pick<DuplicateCandidate, 'id' | 'version'>; merge: DuplicateMerge }) {
  return unwrap(api.POST('/api/duplicate-candidates/{id}/merge', {
    params: { path: { id: candidate.id }, header: ifMatch(candidate.version) },
    body: merge,
  }))
}

export function useMergeDuplicate() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: mergeDuplicate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: REGISTER_KEY }),
  })
}
