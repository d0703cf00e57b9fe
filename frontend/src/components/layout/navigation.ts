import type { ReactNode } from 'react'
import type { Role } from '../../api/types'
import type { MessageKey } from '../../lib/messages/zh-CN'

/** A side-menu entry; `roles` absent means every signed-in user. */
export interface NavigationEntry {
  path: string
  label: MessageKey
  icon: ReactNode
  roles?: readonly Role[]
}
