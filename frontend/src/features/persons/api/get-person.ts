import { queryOptions, useQuery } from '@tanstack/react-query'
import { PERSONS_KEY } from '../../../api/register-keys'
import { api, unwrap } from '../../../lib/api-client'

export function personQuery(id: number) {
  return queryOptions({
    queryKey: [...PERSONS_KEY, 'detail', id],
    queryFn: () => unwrap(api.GET('/api/persons/{id}', { params: { path: { id } } })),
  })
}

export function usePerson(id: number) {
  return useQuery(personQuery(id))
}
