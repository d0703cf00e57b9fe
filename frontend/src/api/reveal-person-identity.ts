// The full ID number and phone of one person, for the roles that need them; the purpose goes to the audit log.
import { useMutation } from '@tanstack/react-query'
import type { RevealRequest } from './types'
import { api, unwrap } from '../lib/api-client'

export function revealPersonIdentity({ personId, request }: { personId: number; request: RevealRequest }) {
  return unwrap(api.POST('/api/persons/{id}/identity', { params: { path: { id: personId } }, body: request }))
}

export function useRevealPersonIdentity() {
  return useMutation({ mutationFn: revealPersonIdentity })
}
