// The signed-in session, kept in localStorage so a reload or a second tab stays signed in.
import type { CurrentUser, TokenResponse } from '../api/types'
import { daysAheadOfBrowser, followServerToday } from './format'

export interface Session {
  accessToken: string
  refreshToken: string
  user: CurrentUser
  /** The server's today against the browser's clock at sign-in (see todayIso). */
  todayAheadDays?: number
}

const STORAGE_KEY = 'fpms.session'
const listeners = new Set<() => void>()
let current: Session | null = null
adopt(read())

/** The session in use; todayIso() follows its server's today. */
function adopt(next: Session | null) {
  current = next
  followServerToday(next?.todayAheadDays ?? 0)
}

function read(): Session | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY)
    return raw ? (JSON.parse(raw) as Session) : null
  } catch {
    return null
  }
}

function write(next: Session | null) {
  adopt(next)
  if (next) localStorage.setItem(STORAGE_KEY, JSON.stringify(next))
  else localStorage.removeItem(STORAGE_KEY)
  listeners.forEach((notify) => notify())
}

window.addEventListener('storage', (event) => {
  if (event.key !== STORAGE_KEY) return
  adopt(read())
  listeners.forEach((notify) => notify())
})

export const session = {
  get: (): Session | null => current,
  start: (tokens: TokenResponse) =>
    write({ accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, user: tokens.user,
      todayAheadDays: daysAheadOfBrowser(tokens.user.today) }),
  clear: () => write(null),
  subscribe(listener: () => void) {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
}
