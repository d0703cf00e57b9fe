import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { UserStateChange, UserView } from '../../../api/types'
import { api, ifMatch, unwrap } from '../../../lib/api-client'
import { USERS_KEY } from './get-users'

interface StateChange {
  user: Pick<UserView, 'id' | 'version' | 'enabled'>
  change: UserStateChange
}

/** Disables an enabled user, enables a disabled one; the reason goes to the audit log. */
export function changeUserState({ user, change }: StateChange) {
  const request = { params: { path: { id: user.id }, header: ifMatch(user.version) }, body: change }
  return unwrap(user.enabled
    ? api.POST('/api/users/{id}/disable', request)
    : api.POST('/api/users/{id}/enable', request))
}

export function useChangeUserState() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: changeUserState,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  })
}
