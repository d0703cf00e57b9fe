// The signed-in session, in memory only: no token is ever written where a script could read it later. The refresh
// token is an HttpOnly cookie the server sets for /api/auth alone; a reload or a new tab resumes the session with it.
import type { CurrentUser, TokenResponse } from '../api/types'
import { daysAheadOfBrowser, followServerToday } from './format'

export interface Session {
  accessToken: string
  user: CurrentUser
  /** The server's today against the browser's clock at sign-in (see todayIso). */
  todayAheadDays?: number
}

/** resuming: asking the server whether the cookie still holds a session (on start); then signedIn or signedOut. */
export type SessionState = 'resuming' | 'signedIn' | 'signedOut'

/** Why the last session ended without the user signing out: the login page says so. */
export type EndReason = 'expired' | null

const listeners = new Set<() => void>()
let current: Session | null = null
let state: SessionState = 'signedOut'
let endReason: EndReason = null
// every tab of the SPA signs out together
const tabs = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('fpms.session')
if (tabs) tabs.onmessage = () => end(null, false)

function notify() {
  listeners.forEach((listener) => listener())
}

function end(reason: EndReason, tellOtherTabs: boolean) {
  current = null
  state = 'signedOut'
  endReason = reason
  followServerToday(0)
  if (tellOtherTabs) tabs?.postMessage('signed-out')
  notify()
}

export const session = {
  get: (): Session | null => current,
  state: (): SessionState => state,
  endReason: (): EndReason => endReason,
  start(tokens: TokenResponse) {
    current = { accessToken: tokens.accessToken, user: tokens.user, todayAheadDays: daysAheadOfBrowser(tokens.user.today) }
    state = 'signedIn'
    endReason = null
    followServerToday(current.todayAheadDays ?? 0)
    notify()
  },
  /** The user signed out (in this tab or another). */
  clear: () => end(null, true),
  /** On start: whether the cookie still holds a session is being asked. */
  resuming() {
    state = 'resuming'
    notify()
  },
  /** The cookie holds no session on start: nobody is signed in here. */
  absent: () => end(null, false),
  /** The server no longer takes the session: 30 minutes without a request, or ended by an administrator. */
  expire: () => end('expired', false),
  subscribe(listener: () => void) {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
}
