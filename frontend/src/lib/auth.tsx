// Who is signed in, what they may do, and signing out.
import { useCallback, useSyncExternalStore, type ReactNode } from 'react'
import { Navigate, useLocation, useNavigate } from 'react-router'
import { useQueryClient } from '@tanstack/react-query'
import { Result } from 'antd'
import type { CurrentUser, Role } from '../api/types'
import { session } from './session'
import { useT, type Translate } from './i18n'
import type { MessageKey } from './messages/zh-CN'

export const ROLES = [
  'ADMIN', 'DISTRICT_OFFICER', 'TOWN_OFFICER', 'VILLAGE_WORKER', 'CASHIER', 'AUDITOR', 'SERVICE',
] as const satisfies readonly Role[]

/** The role's name in the user's language (the code itself for a role the dictionary lacks). */
export function roleLabel(t: Translate, role: string): string {
  return t(`role.${role}` as MessageKey)
}

export function useCurrentUser(): CurrentUser | null {
  return useSyncExternalStore(session.subscribe, () => session.get()?.user ?? null)
}

export function hasAnyRole(user: CurrentUser | null, roles: readonly Role[] | undefined): boolean {
  const allowed: readonly string[] | undefined = roles
  return !allowed || (user?.roles ?? []).some((role) => allowed.includes(role))
}

export function useLogout(): () => void {
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  return useCallback(() => {
    navigate('/login', { replace: true })
    session.clear()
    queryClient.clear()
  }, [navigate, queryClient])
}

/** Shows its children to a signed-in user; everyone else goes to /login and comes back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const user = useCurrentUser()
  const location = useLocation()
  if (!user) return <Navigate to="/login" replace state={{ from: location }} />
  return children
}

export function RequireRole({ roles, children }: { roles?: readonly Role[]; children: ReactNode }) {
  const user = useCurrentUser()
  const t = useT()
  if (!hasAnyRole(user, roles)) return <Result status="403" title="403" subTitle={t('error.forbidden')} />
  return children
}
