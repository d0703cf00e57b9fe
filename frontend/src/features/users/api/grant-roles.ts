import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { UserRoles, UserView } from '../../../api/types'
import { api, ifMatch, unwrap } from '../../../lib/api-client'
import { USERS_KEY } from './get-users'

interface Grant {
  user: Pick<UserView, 'id' | 'version'>
  roles: UserRoles
}

/** The security administrator sets a user's roles (never their own); the reason goes to the audit log. */
export function grantRoles({ user, roles }: Grant) {
  return unwrap(api.PUT('/api/users/{id}/roles', { params: { path: { id: user.id }, header: ifMatch(user.version) }, body: roles }))
}

export function useGrantRoles() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: grantRoles,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  })
}
