import { useMutation } from '@tanstack/react-query'
import type { TokenRequest } from '../../../api/types'
import { api, unwrap } from '../../../lib/api-client'
import { session } from '../../../lib/session'

/** Signs in; the refresh token comes as the HttpOnly cookie, out of reach of any script. */
export function login(credentials: TokenRequest) {
  return unwrap(api.POST('/api/auth/token', { body: { ...credentials, refreshTokenIn: 'COOKIE' } }))
}

export function useLogin() {
  return useMutation({ mutationFn: login, onSuccess: session.start })
}
