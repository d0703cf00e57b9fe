import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import type { paths } from '../../../api/schema'
import { api, unwrap } from '../../../lib/api-client'

export type UserFilters = NonNullable<paths['/api/users']['get']['parameters']['query']>

/** Every user query lives under this key, so one invalidation refreshes them all. */
export const USERS_KEY = ['users'] as const

export function usersQuery(filters: UserFilters) {
  return queryOptions({
    queryKey: [...USERS_KEY, filters],
    queryFn: () => unwrap(api.GET('/api/users', { params: { query: filters } })),
    placeholderData: keepPreviousData,
  })
}

export function useUsers(filters: UserFilters) {
  return useQuery(usersQuery(filters))
}
