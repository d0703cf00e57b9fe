import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { PasswordReset, UserView } from '../../../api/types'
import { api, ifMatch, unwrap } from '../../../lib/api-client'
import { USERS_KEY } from './get-users'

export function resetPassword({ user, reset }: { user: Pick<UserView, 'id' | 'version'>; reset: PasswordReset }) {
  return unwrap(api.POST('/api/users/{id}/reset-password', {
    params: { path: { id: user.id }, header: ifMatch(user.version) },
    body: reset,
  }))
}

export function useResetPassword() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: resetPassword,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  })
}
