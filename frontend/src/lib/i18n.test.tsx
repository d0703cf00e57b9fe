import { describe, expect, it } from 'vitest'
import { fireEvent, screen } from '@testing-library/react'
import { LoginPage } from '../features/auth/components/LoginPage'
import { renderApp } from '../test/render'

describe('language switch', () => {
  it('shows the labels in English once English is chosen, and remembers it', async () => {
    renderApp(<LoginPage />, '/login')
    expect(screen.getByLabelText('用户名')).toBeTruthy()
    fireEvent.click(screen.getByText('English'))
    expect(await screen.findByLabelText('Username')).toBeTruthy()
    expect(screen.queryByLabelText('用户名')).toBeNull()
    expect(localStorage.getItem('fpms.language')).toBe('en-US')
  })
})
