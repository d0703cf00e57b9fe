import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'
import { BIRTH_REGISTRATIONS_KEY } from './keys'

export function birthRegistrationQuery(id: number) {
  return queryOptions({
    queryKey: [...BIRTH_REGISTRATIONS_KEY, 'detail', id],
    queryFn: () => unwrap(api.GET('/api/birth-registrations/{id}', { params: { path: { id } } })),
  })
}

export function useBirthRegistration(id: number) {
  return useQuery(birthRegistrationQuery(id))
}
