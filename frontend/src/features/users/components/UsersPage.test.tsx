import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import type { UserView } from '../../../api/types'
import { json, renderApp, signInAs, stubFetch } from '../../../test/render'
import { UsersPage } from './UsersPage'

const base = { phone: undefined, roles: ['VILLAGE_WORKER'] as UserView['roles'], orgUnitId: 5, orgUnitName: '黑林村', enabled: true,
  createdAt: '2026-11-01T08:00:00+08:00', version: 3 }

describe('UsersPage', () => {
  it('gives the system administrator the accounts and the security administrator their roles and locks (三员分立)', async () => {
    signInAs(['ADMIN'])
    stubFetch(() => json({ items: [{ ...base, id: 11, username: 'locked', displayName: '锁定者', lockedUntil: '2026-12-08T08:15:00+08:00' }],
      page: 0, size: 20, total: 1 }))
    renderApp(<UsersPage />)
    const row = (await screen.findByText('锁定者')).closest('tr') as HTMLElement
    expect(within(row).getByRole('button', { name: /编\s*辑/ })).toBeTruthy()
    expect(within(row).queryByRole('button', { name: '分配角色' })).toBeNull()
    expect(within(row).queryByRole('button', { name: '解锁' })).toBeNull()
  })

  it('offers the security administrator 解锁 for a locked account only, and unlocks it with a reason', async () => {
    signInAs(['SECURITY_ADMIN'])
    const locked: UserView = { ...base, id: 11, username: 'locked', displayName: '锁定者', lockedUntil: '2026-12-08T08:15:00+08:00' }
    const free: UserView = { ...base, id: 12, username: 'free', displayName: '正常者' }
    const sent: { path: string; ifMatch: string | null; body: unknown }[] = []
    stubFetch(async (request) => {
      const path = new URL(request.url).pathname
      if (request.method === 'POST') {
        sent.push({ path, ifMatch: request.headers.get('If-Match'), body: await request.json() })
        return json({ ...locked, lockedUntil: undefined, version: 4 })
      }
      return json({ items: [locked, free], page: 0, size: 20, total: 2 })
    })
    renderApp(<UsersPage />)
    const lockedRow = (await screen.findByText('锁定者')).closest('tr') as HTMLElement
    const freeRow = screen.getByText('正常者').closest('tr') as HTMLElement
    expect(within(freeRow).queryByRole('button', { name: '解锁' })).toBeNull()
    expect(within(freeRow).getByRole('button', { name: '分配角色' })).toBeTruthy()
    expect(within(freeRow).queryByRole('button', { name: /编\s*辑/ })).toBeNull()
    fireEvent.click(within(lockedRow).getByRole('button', { name: '解锁' }))
    const dialog = await screen.findByRole('dialog')
    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: '本人来电确认' } })
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定/ }))
    await waitFor(() => expect(sent).toEqual([{ path: '/api/users/11/unlock', ifMatch: '"3"', body: { reason: '本人来电确认' } }]))
  })
})
