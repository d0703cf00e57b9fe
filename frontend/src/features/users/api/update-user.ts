import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { UserUpdate, UserView } from '../../../api/types'
import { api, ifMatch, unwrap } from '../../../lib/api-client'
import { USERS_KEY } from './get-users'

export function updateUser({ user, update }: { user: Pick<UserView, 'id' | 'version'>; update: UserUpdate }) {
  return unwrap(api.PUT('/api/users/{id}', {
    params: { path: { id: user.id }, header: ifMatch(user.version) },
    body: update,
  }))
}

export function useUpdateUser() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  })
}
