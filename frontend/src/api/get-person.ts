// One person of the register: the person page, and any page that names a person it was handed by id.
import { queryOptions, useQuery } from '@tanstack/react-query'
import { PERSONS_KEY } from './register-keys'
import { api, unwrap } from '../lib/api-client'

export function personQuery(id: number) {
  return queryOptions({
    queryKey: [...PERSONS_KEY, 'detail', id],
    queryFn: () => unwrap(api.GET('/api/persons/{id}', { params: { path: { id } } })),
  })
}

export function usePerson(id: number | undefined) {
  return useQuery({ ...personQuery(id ?? 0), enabled: id != null })
}
