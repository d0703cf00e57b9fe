import { describe, expect, it } from 'vitest'
import { fireEvent, screen } from '@testing-library/react'
import { Button, Form, Input } from 'antd'
import { json, problem, renderApp, signInAs, stubFetch } from '../test/render'
import { api, ApiProblem, resumeSession, unwrap } from './api-client'
import { useShowProblem } from './form-errors'
import { session } from './session'

function UsernameForm() {
  const [form] = Form.useForm()
  const showProblem = useShowProblem()
  const submit = (values: { username: string }) =>
    unwrap(api.POST('/api/users', {
      body: { username: values.username, displayName: '张三', password: 'Secret@2018', roles: ['VILLAGE_WORKER'], orgUnitId: 5 },
    })).catch((error: unknown) => showProblem(error, form))
  return (
    <Form form={form} onFinish={submit}>
      <Form.Item name="username" label="用户名"><Input /></Form.Item>
      <Button htmlType="submit">保存</Button>
    </Form>
  )
}

describe('api client', () => {
  it('puts a 400 problem\'s field errors under the form fields they name', async () => {
    stubFetch(() => problem({
      status: 400, title: 'Bad Request', detail: '请求数据有误',
      errors: [{ field: 'create.body.username', message: '用户名已存在' }],
    }))
    renderApp(<UsernameForm />)
    fireEvent.change(screen.getByLabelText('用户名'), { target: { value: 'admin' } })
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }))
    const fieldError = await screen.findByText('用户名已存在')
    expect(fieldError.closest('.ant-form-item')?.textContent).toContain('用户名')
  })

  it('turns problem+json into an ApiProblem with its title, detail and status', async () => {
    stubFetch(() => problem({ status: 409, title: 'Conflict', detail: '用户名已被占用' }))
    const failure = await unwrap(api.GET('/api/users')).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(ApiProblem)
    expect(failure).toMatchObject({ status: 409, title: 'Conflict', detail: '用户名已被占用', message: '用户名已被占用' })
  })

  it('sends the bearer token and, on 401, refreshes once and repeats the request', async () => {
    const user = signInAs(['ADMIN'])
    const seen: string[] = []
    stubFetch(async (request) => {
      seen.push(`${request.method} ${new URL(request.url).pathname} ${request.headers.get('Authorization') ?? ''}`)
      if (request.url.endsWith('/api/auth/refresh')) {
        expect(await request.json()).toEqual({}) // the refresh token is the HttpOnly cookie, which no script sees
        return json({ accessToken: 'access-2', tokenType: 'Bearer', expiresIn: 300, refreshExpiresIn: 3600, user })
      }
      return request.headers.get('Authorization') === 'Bearer access-2'
        ? json({ items: [], page: 0, size: 20, total: 0 })
        : problem({ status: 401, title: 'Unauthorized' })
    })
    await expect(unwrap(api.GET('/api/users'))).resolves.toMatchObject({ total: 0 })
    expect(seen).toEqual([
      'GET /api/users Bearer access-1',
      'POST /api/auth/refresh ',
      'GET /api/users Bearer access-2',
    ])
    expect(session.get()?.accessToken).toBe('access-2')
    expect(JSON.stringify({ ...localStorage })).not.toContain('access') // in memory only
  })

  it('gives each POST its own Idempotency-Key, and the retry after a refresh the same one', async () => {
    const user = signInAs(['ADMIN'])
    const keys: (string | null)[] = []
    stubFetch((request) => {
      if (request.url.endsWith('/api/auth/refresh')) {
        expect(request.headers.get('Idempotency-Key')).toBeNull()
        return json({ accessToken: 'access-2', tokenType: 'Bearer', expiresIn: 300, refreshExpiresIn: 3600, user })
      }
      keys.push(request.headers.get('Idempotency-Key'))
      return request.headers.get('Authorization') === 'Bearer access-2' && keys.length === 2
        ? json({ id: 1 }, 201)
        : problem({ status: 401, title: 'Unauthorized' })
    })
    await unwrap(api.POST('/api/users', { body: { username: 'x.y', displayName: '某', password: 'Start@2018', orgUnitId: 5 } }))
    expect(keys).toHaveLength(2)
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/)
    expect(keys[1]).toBe(keys[0])
    await unwrap(api.GET('/api/users')).catch(() => undefined)
    expect(keys[2]).toBeNull() // not a POST
  })

  it('asks for answers in the language chosen in the SPA', async () => {
    const languages: (string | null)[] = []
    stubFetch((request) => {
      languages.push(request.headers.get('Accept-Language'))
      return json({ items: [], page: 0, size: 20, total: 0 })
    })
    await unwrap(api.GET('/api/users'))
    localStorage.setItem('fpms.language', 'en-US')
    await unwrap(api.GET('/api/users'))
    expect(languages).toEqual(['zh-CN', 'en-US'])
  })

  it('ends the session when the refresh is refused', async () => {
    signInAs(['ADMIN'])
    stubFetch(() => problem({ status: 401, title: 'Unauthorized' }))
    await expect(unwrap(api.GET('/api/users'))).rejects.toMatchObject({ status: 401 })
    expect(session.get()).toBeNull()
    expect(session.endReason()).toBe('expired') // the login page says why
  })

  it('resumes on start the session the cookie holds, or finds none without calling it expired', async () => {
    const user = signInAs(['ADMIN'])
    session.absent()
    stubFetch(() => json({ accessToken: 'access-9', tokenType: 'Bearer', expiresIn: 300, refreshExpiresIn: 3600, user }))
    const resumed = resumeSession()
    expect(session.state()).toBe('resuming')
    await resumed
    expect(session.state()).toBe('signedIn')
    expect(session.get()?.accessToken).toBe('access-9')
    session.absent()
    stubFetch(() => problem({ status: 401, title: 'Unauthorized' }))
    await resumeSession()
    expect(session.state()).toBe('signedOut')
    expect(session.endReason()).toBeNull()
  })
})
