import { describe, expect, it } from 'vitest'
import { fireEvent, screen } from '@testing-library/react'
import { problem, renderApp, stubFetch } from '../../../test/render'
import { LoginPage } from './LoginPage'

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
})
