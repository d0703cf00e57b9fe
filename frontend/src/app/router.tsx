import { createBrowserRouter, type RouteObject } from 'react-router'
import { Result } from 'antd'
import { AppLayout } from '../components/layout/AppLayout'
import { ChangePasswordButton } from '../features/auth/components/ChangePasswordButton'
import { LoginPage } from '../features/auth/components/LoginPage'
import { RequireAuth, RequireRole } from '../lib/auth'
import { useT } from '../lib/i18n'
import { APP_PAGES, landingPath } from './navigation'

function NotFound() {
  const t = useT()
  return <Result status="404" title="404" subTitle={t('error.notFound')} />
}

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage landing={landingPath} /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout navigation={APP_PAGES} accountActions={<ChangePasswordButton />} />
      </RequireAuth>
    ),
    children: [
      ...APP_PAGES.map(({ path, roles, page }) => ({
        path,
        element: <RequireRole roles={roles}>{page}</RequireRole>,
      })),
      { path: '*', element: <NotFound /> },
    ],
  },
]

export function createAppRouter() {
  return createBrowserRouter(routes)
}
