import { useSyncExternalStore } from 'react'
import { Navigate, useLocation, type Location } from 'react-router'
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd'
import { LockOutlined, UserOutlined } from '@ant-design/icons'
import type { CurrentUser, TokenRequest } from '../../../api/types'
import { useCurrentUser } from '../../../lib/auth'
import { problemText } from '../../../lib/form-errors'
import { useT } from '../../../lib/i18n'
import { session } from '../../../lib/session'
import { LanguageSwitch } from '../../../components/LanguageSwitch'
import { useLogin } from '../api/login'

interface Props {
  /** Where a user goes who was heading nowhere in particular (the root): their landing page. */
  landing?: (user: CurrentUser) => string
}

export function LoginPage({ landing = () => '/' }: Props) {
  const t = useT()
  const user = useCurrentUser()
  const from = (useLocation().state as { from?: Location } | null)?.from?.pathname
  const login = useLogin()
  const ended = useSyncExternalStore(session.subscribe, session.endReason)
  // Signing in starts the session; from then on this page hands over to where the user was going, or their landing page.
  if (user) return <Navigate to={from && from !== '/' ? from : landing(user)} replace />

  return (
    <Flex vertical align="center" justify="center" gap="large" style={{ minHeight: '100vh', background: '#f0f2f5' }}>
      <Typography.Title level={3}>{t('app.title')}</Typography.Title>
      <Card style={{ width: 360 }} title={t('auth.login')} extra={<LanguageSwitch />}>
        {!login.isError && ended === 'expired' && (
          <Alert type="warning" showIcon title={t('auth.sessionExpired')} style={{ marginBottom: 16 }} />
        )}
        {login.isError && <Alert type="error" showIcon title={problemText(login.error, t)} style={{ marginBottom: 16 }} />}
        <Form<TokenRequest> layout="vertical" onFinish={login.mutate} requiredMark={false}>
          <Form.Item name="username" label={t('auth.username')} rules={[{ required: true }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('auth.password')} rules={[{ required: true }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending}>{t('auth.login')}</Button>
        </Form>
      </Card>
    </Flex>
  )
}
