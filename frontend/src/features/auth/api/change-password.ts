import { useMutation } from '@tanstack/react-query'
import type { PasswordChange } from '../../../api/types'
import { api, unwrap } from '../../../lib/api-client'

export function changePassword(change: PasswordChange) {
  return unwrap(api.PUT('/api/auth/password', { body: change }))
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword })
}
