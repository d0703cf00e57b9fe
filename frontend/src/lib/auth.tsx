// Who is signed in, what they may do, and signing out.
import { useCallback, useSyncExternalStore, type ReactNode } from 'react'
import { Navigate, useLocation, useNavigate } from 'react-router'
import { useQueryClient } from '@tanstack/react-query'
import { Flex, Result, Spin } from 'antd'
import type { CurrentUser, Role } from '../api/types'
import { session, type SessionState } from './session'
import { api } from './api-client'
import { useT, type Translate } from './i18n'
import type { MessageKey } from './messages/zh-CN'

export const ROLES = [
  'ADMIN', 'SECURITY_ADMIN', 'DISTRICT_OFFICER', 'TOWN_OFFICER', 'VILLAGE_WORKER', 'CASHIER', 'AUDITOR', 'SERVICE',
] as const satisfies readonly Role[]

/** The role's name in the user's language (the code itself for a role the dictionary lacks). */
export function roleLabel(t: Translate, role: string): string {
  return t(`role.${role}` as MessageKey)
}

export function useCurrentUser(): CurrentUser | null {
  return useSyncExternalStore(session.subscribe, () => session.get()?.user ?? null)
}

export function useSessionState(): SessionState {
  return useSyncExternalStore(session.subscribe, session.state)
}

export function hasAnyRole(user: CurrentUser | null, roles: readonly Role[] | undefined): boolean {
  const allowed: readonly string[] | undefined = roles
  return !allowed || (user?.roles ?? []).some((role) => allowed.includes(role))
}

export function useLogout(): () => void {
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  return useCallback(() => {
    // the server ends the session and clears the cookie; signed out here whether or not it could be reached
    const token = session.get()?.accessToken
    if (token) void api.POST('/api/auth/logout', { headers: { Authorization: `Bearer ${token}` } }).catch(() => undefined)
    navigate('/login', { replace: true })
    session.clear()
    queryClient.clear()
  }, [navigate, queryClient])
}

/** Shows its children to a signed-in user; everyone else goes to /login and comes back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const user = useCurrentUser()
  const state = useSessionState()
  const location = useLocation()
  if (state === 'resuming') return <Resuming />
  if (!user) return <Navigate to="/login" replace state={{ from: location }} />
  return children
}

export function RequireRole({ roles, children }: { roles?: readonly Role[]; children: ReactNode }) {
  const user = useCurrentUser()
  const t = useT()
  if (!hasAnyRole(user, roles)) return <Result status="403" title="403" subTitle={t('error.forbidden')} />
  return children
}

/** While a reload asks the server whether the session goes on. */
export function Resuming() {
  return <Flex align="center" justify="center" style={{ minHeight: '100vh' }}><Spin size="large" /></Flex>
}
