import { describe, expect, it } from 'vitest'
import { fireEvent, screen } from '@testing-library/react'
import { Route, Routes } from 'react-router'
import type { Role } from '../../../api/types'
import { json, problem, renderApp, stubFetch } from '../../../test/render'
import { landingPath } from '../../../app/navigation'
import { LoginPage } from './LoginPage'
import { session } from '../../../lib/session'

function signIn(roles: Role[], from?: string) {
  stubFetch(async (request) => {
    expect(await request.json()).toMatchObject({ username: 'village', refreshTokenIn: 'COOKIE' })
    return json({
    accessToken: 'a', tokenType: 'Bearer', expiresIn: 300, refreshExpiresIn: 3600,
    user: { id: 8, username: 'village', displayName: '李娟', roles, orgUnitId: 5, orgUnitName: '黑林村', orgUnitPath: '/1/2/3/4/5/',
      today: '2026-03-02' },
    })
  })
  renderApp(
    <Routes>
      <Route path="/login" element={<LoginPage landing={landingPath} />} />
      <Route path="*" element={<p>page</p>} />
      <Route path="/worklist" element={<p>worklist</p>} />
      <Route path="/" element={<p>home</p>} />
    </Routes>,
    from ? { pathname: '/login', state: { from: { pathname: from } } } : '/login',
  )
  fireEvent.change(screen.getByLabelText('用户名'), { target: { value: 'village' } })
  fireEvent.change(screen.getByLabelText('密码'), { target: { value: 'Demo@2018' } })
  fireEvent.click(screen.getByRole('button', { name: /登\s*录/ }))
}

describe('LoginPage', () => {
  it('asks for the username when submitted empty', async () => {
    renderApp(<LoginPage />, '/login')
    fireEvent.click(screen.getByRole('button', { name: /登\s*录/ }))
    expect(await screen.findByText('请输入用户名')).toBeTruthy()
  })

  it('shows the server\'s problem detail when the credentials are refused', async () => {
    const fetch = stubFetch(() => problem({ status: 401, title: 'Unauthorized', detail: '用户名或密码错误' }))
    renderApp(<LoginPage />, '/login')
    fireEvent.change(screen.getByLabelText('用户名'), { target: { value: 'admin' } })
    fireEvent.change(screen.getByLabelText('密码'), { target: { value: 'wrong' } })
    fireEvent.click(screen.getByRole('button', { name: /登\s*录/ }))
    expect(await screen.findByText('用户名或密码错误')).toBeTruthy()
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  it('says so when the last session ended by itself', async () => {
    session.expire()
    renderApp(<LoginPage />, '/login')
    expect(await screen.findByText(/登录已失效/)).toBeTruthy()
  })

  it('takes a user to their landing page, unless they were heading somewhere', async () => {
    signIn(['VILLAGE_WORKER'])
    expect(await screen.findByText('worklist')).toBeTruthy()
  })

  it('takes a user back where they were going', async () => {
    signIn(['VILLAGE_WORKER'], '/households')
    expect(await screen.findByText('page')).toBeTruthy()
  })

  it('treats the root as no particular destination', async () => {
    signIn(['VILLAGE_WORKER'], '/')
    expect(await screen.findByText('worklist')).toBeTruthy()
  })

  it('lands everyone else, a village worker who also administers included, on the home page', async () => {
    signIn(['VILLAGE_WORKER', 'ADMIN'])
    expect(await screen.findByText('home')).toBeTruthy()
  })
})
