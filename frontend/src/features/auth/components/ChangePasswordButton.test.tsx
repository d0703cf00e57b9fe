import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor } from '@testing-library/react'
import { json, renderApp, signInAs, stubFetch } from '../../../test/render'
import { session } from '../../../lib/session'
import { ChangePasswordButton } from './ChangePasswordButton'

describe('ChangePasswordButton', () => {
  it('makes a user whose password expired change it first, then takes their roles back with a refresh', async () => {
    const user = { ...signInAs(['VILLAGE_WORKER']), passwordExpired: true }
    session.start({ accessToken: 'no-roles', tokenType: 'Bearer', expiresIn: 300, refreshExpiresIn: 3600, user })
    const calls: string[] = []
    stubFetch((request) => {
      calls.push(`${request.method} ${new URL(request.url).pathname}`)
      if (request.url.endsWith('/api/auth/password')) return new Response(null, { status: 204 })
      return json({ accessToken: 'with-roles', tokenType: 'Bearer', expiresIn: 300, refreshExpiresIn: 3600,
        user: { ...user, passwordExpired: false } })
    })
    renderApp(<ChangePasswordButton />)
    expect(await screen.findByText('密码已过期，请修改密码后继续')).toBeTruthy()
    fireEvent.change(screen.getByLabelText('当前密码'), { target: { value: 'Start@2018' } })
    fireEvent.change(screen.getByLabelText('新密码'), { target: { value: 'Renewed@2019' } })
    fireEvent.change(screen.getByLabelText('确认新密码'), { target: { value: 'Renewed@2019' } })
    fireEvent.click(screen.getByRole('button', { name: /确\s*定|OK/ }))
    await waitFor(() => expect(session.get()?.accessToken).toBe('with-roles'))
    expect(calls).toEqual(['PUT /api/auth/password', 'POST /api/auth/refresh'])
    await waitFor(() => expect(screen.queryByText('密码已过期，请修改密码后继续')).toBeNull())
    expect(session.get()?.user.passwordExpired).toBe(false)
  })
})
