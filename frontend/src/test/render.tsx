// Renders a piece of the app the way main.tsx does, at a route, optionally signed in.
import type { ReactElement } from 'react'
import { MemoryRouter, type InitialEntry } from 'react-router'
import { QueryClient } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import { vi } from 'vitest'
import type { CurrentUser, Problem, Role } from '../api/types'
import { AppProvider } from '../app/provider'
import { followServerToday, todayIso } from '../lib/format'
import { session } from '../lib/session'

/** Signs in; the server's today is the browser's day in Asia/Shanghai unless `today` says otherwise. */
export function signInAs(roles: Role[], displayName = '王芳', today?: string): CurrentUser {
  followServerToday(0) // no earlier test's server
  const user: CurrentUser = {
    id: 7, username: 'wangfang', displayName, roles,
    orgUnitId: 5, orgUnitName: '文昌镇', orgUnitPath: '/1/2/3/5/', today: today ?? todayIso(), passwordExpired: false,
  }
  session.start({
    accessToken: 'access-1', tokenType: 'Bearer', expiresIn: 300, refreshExpiresIn: 3600, user,
  })
  return user
}

/** `route` is a path, or a location with state (e.g. where /login was asked to return to). */
export function renderApp(ui: ReactElement, route: InitialEntry = '/') {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return render(
    <AppProvider queryClient={queryClient}>
      <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
    </AppProvider>,
  )
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

export function problem(body: Partial<Problem> & { status: number }): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title: 'Error', ...body }), {
    status: body.status,
    headers: { 'Content-Type': 'application/problem+json' },
  })
}

/** Replaces the network: every request the app sends goes to `answer`. */
export function stubFetch(answer: (request: Request) => Response | Promise<Response>) {
  const fetch = vi.fn(async (request: Request) => answer(request))
  vi.stubGlobal('fetch', fetch)
  return fetch
}
