import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'
import { PREGNANCIES_KEY } from './keys'

export function pregnancyQuery(id: number) {
  return queryOptions({
    queryKey: [...PREGNANCIES_KEY, 'detail', id],
    queryFn: () => unwrap(api.GET('/api/pregnancies/{id}', { params: { path: { id } } })),
  })
}

export function usePregnancy(id: number) {
  return useQuery(pregnancyQuery(id))
}
