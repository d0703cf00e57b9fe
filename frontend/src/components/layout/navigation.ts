import type { ReactNode } from 'react'
import type { Role } from '../../api/types'
import type { MessageKey } from '../../lib/messages/zh-CN'

/** A side-menu group (a submenu) holding the entries that name it. */
export interface NavigationGroup {
  key: string
  label: MessageKey
  icon: ReactNode
}

/** A side-menu entry; `roles` absent means every signed-in user. */
export interface NavigationEntry {
  path: string
  label: MessageKey
  icon?: ReactNode
  roles?: readonly Role[]
  /** Shown inside this submenu. */
  group?: NavigationGroup
  /** A page reached from another one (a detail page): routed, but not in the menu. */
  hidden?: boolean
}
