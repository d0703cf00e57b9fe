import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { UserStateChange, UserView } from '../../../api/types'
import { api, ifMatch, unwrap } from '../../../lib/api-client'
import { USERS_KEY } from './get-users'

interface Unlock {
  user: Pick<UserView, 'id' | 'version'>
  change: UserStateChange
}

/** Lets a user locked after failed logins sign in again; the reason goes to the audit log. */
export function unlockUser({ user, change }: Unlock) {
  return unwrap(api.POST('/api/users/{id}/unlock', { params: { path: { id: user.id }, header: ifMatch(user.version) }, body: change }))
}

export function useUnlockUser() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: unlockUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  })
}
