import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { UserCreate } from '../../../api/types'
import { api, unwrap } from '../../../lib/api-client'
import { USERS_KEY } from './get-users'

export function createUser(user: UserCreate) {
  return unwrap(api.POST('/api/users', { body: user }))
}

export function useCreateUser() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  })
}
