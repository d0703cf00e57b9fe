import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { VisitView, VoidRequest } from '../../../api/types'
import { api, ifMatch, unwrap } from '../../../lib/api-client'
import { PREGNANCIES_KEY } from './keys'

/** The visit as listed: its version is the one its ETag names. */
export function voidVisit({ visit, request }: { visit: Pick<VisitView, 'id' | 'version'>; request: VoidRequest }) {
  return unwrap(api.POST('/api/visits/{id}/void', {
    params: { path: { id: visit.id }, header: ifMatch(visit.version) },
    body: request,
  }))
}

/** The slot the visit filled opens again: worklist and schedule are read again. */
export function useVoidVisit() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: voidVisit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PREGNANCIES_KEY }),
  })
}
