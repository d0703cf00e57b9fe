import { useEffect, useState, type ReactNode } from 'react'
import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query'
import { App as AntApp } from 'antd'
import { ApiProblem } from '../lib/api-client'
import { useShowProblem } from '../lib/form-errors'
import { I18nProvider } from '../lib/i18n'

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx answer will not change by asking again; a lost connection or a 5xx may.
        retry: (failures, error) => failures < 2 && !(error instanceof ApiProblem && error.status >= 400 && error.status < 500),
      },
    },
  })
}

/** Reports failed reads as messages; a 401 is not reported, the session ends and /login shows. */
function QueryProblems() {
  const queryClient = useQueryClient()
  const showProblem = useShowProblem()
  useEffect(() => queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'error') return
    const { error } = event.action
    if (!(error instanceof ApiProblem && error.status === 401)) showProblem(error)
  }), [queryClient, showProblem])
  return null
}

export function AppProvider({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient())
  return (
    <QueryClientProvider client={client}>
      <I18nProvider>
        <AntApp>
          <QueryProblems />
          {children}
        </AntApp>
      </I18nProvider>
    </QueryClientProvider>
  )
}
