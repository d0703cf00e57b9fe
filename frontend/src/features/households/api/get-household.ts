import { queryOptions, useQuery } from '@tanstack/react-query'
import { HOUSEHOLDS_KEY } from '../../../api/register-keys'
import { api, unwrap } from '../../../lib/api-client'

export function householdQuery(id: number) {
  return queryOptions({
    queryKey: [...HOUSEHOLDS_KEY, 'detail', id],
    queryFn: () => unwrap(api.GET('/api/households/{id}', { params: { path: { id } } })),
  })
}

export function useHousehold(id: number | undefined) {
  return useQuery({ ...householdQuery(id ?? 0), enabled: id != null })
}
