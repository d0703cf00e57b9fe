// The one HTTP client: typed from the contract, bearer token, one refresh on 401, problem+json as ApiProblem.
import createClient, { type Middleware } from 'openapi-fetch'
import type { paths } from '../api/schema'
import type { FieldError, Problem } from '../api/types'
import { storedLanguage } from './i18n'
import { session } from './session'

/** An RFC 9457 problem answered by the API (or a stand-in for a network failure). */
export class ApiProblem extends Error {
  readonly status: number
  readonly title: string
  readonly detail?: string
  readonly errors: FieldError[]
  readonly correlationId?: string

  constructor(problem: Partial<Problem> & { status: number }) {
    super(problem.detail || problem.title || `HTTP ${problem.status}`)
    this.name = 'ApiProblem'
    this.status = problem.status
    this.title = problem.title ?? `HTTP ${problem.status}`
    this.detail = problem.detail ?? undefined
    this.errors = problem.errors ?? []
    this.correlationId = problem.correlationId ?? undefined
  }
}

export const api = createClient<paths>({ baseUrl: location.origin, fetch: (request) => globalThis.fetch(request) })

// Sent without a token (an expired one could be refused even here) and never retried after a refresh.
const PUBLIC_PATHS = ['/api/auth/token', '/api/auth/refresh']
/** The refresh token is the HttpOnly cookie: the body names none. */
const FROM_COOKIE = { body: {} }
const retryCopies = new WeakMap<Request, Request>()
let refreshing: Promise<boolean> | null = null

function authorize(request: Request) {
  const token = session.get()?.accessToken
  if (token) request.headers.set('Authorization', `Bearer ${token}`)
}

/** New tokens for the session (e.g. with the roles an expired password withheld); false when it has ended. */
export async function renewSession(): Promise<boolean> {
  try {
    session.start(await unwrap(api.POST('/api/auth/refresh', FROM_COOKIE)))
    return true
  } catch {
    return false
  }
}

/** Concurrent 401s share one refresh; a failed refresh ends the session (the router then shows /login and says why). */
function refreshOnce(): Promise<boolean> {
  refreshing ??= renewSession().then((ok) => {
    if (!ok) session.expire()
    return ok
  }).finally(() => { refreshing = null })
  return refreshing
}

/** On start (a reload, a new tab): the session the cookie still holds, if any. */
export async function resumeSession(): Promise<void> {
  session.resuming()
  if (!(await renewSession())) session.absent()
}

const bearerAuth: Middleware = {
  onRequest({ request, schemaPath }) {
    if (PUBLIC_PATHS.includes(schemaPath)) return undefined
    authorize(request)
    retryCopies.set(request, request.clone())
    return request
  },
  async onResponse({ request, response }) {
    const retry = retryCopies.get(request)
    retryCopies.delete(request)
    if (response.status !== 401 || !retry || !session.get()) return undefined
    if (!(await refreshOnce())) return undefined
    authorize(retry)
    return globalThis.fetch(retry)
  },
}
// The server writes its messages (problem details, import reports) in the SPA's language.
api.use({ onRequest: ({ request }) => { request.headers.set('Accept-Language', storedLanguage()); return request } })
// Each POST carries its own Idempotency-Key, so that the retry after a refreshed token (the same request again)
// never writes twice; an upload and the session's own calls take none.
api.use({
  onRequest({ request, schemaPath }) {
    const multipart = (request.headers.get('Content-Type') ?? '').startsWith('multipart/')
    if (request.method === 'POST' && !schemaPath.startsWith('/api/auth/') && !multipart) {
      request.headers.set('Idempotency-Key', crypto.randomUUID())
    }
    return request
  },
})
api.use(bearerAuth)

/** The header a write needs for a resource last read at `version`. */
export function ifMatch(version: number | string) {
  return { 'If-Match': `"${version}"` }
}

/** Returns the response body, or throws an ApiProblem for any non-2xx answer. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call.catch((cause: unknown) => {
    throw new ApiProblem({ status: 0, title: 'Network error', detail: String(cause) })
  })
  if (!response.ok) {
    const body = typeof error === 'object' && error !== null ? (error as Partial<Problem>) : {}
    throw new ApiProblem({ ...body, status: response.status, title: body.title ?? response.statusText })
  }
  return data as T
}
