import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import type { paths } from '../../../api/schema'
import { api, unwrap } from '../../../lib/api-client'
import { BIRTH_REGISTRATIONS_KEY } from './keys'

export type BirthRegistrationFilters = NonNullable<paths['/api/birth-registrations']['get']['parameters']['query']>

export function birthRegistrationsQuery(filters: BirthRegistrationFilters) {
  return queryOptions({
    queryKey: [...BIRTH_REGISTRATIONS_KEY, 'list', filters],
    queryFn: () => unwrap(api.GET('/api/birth-registrations', { params: { query: filters } })),
    placeholderData: keepPreviousData,
  })
}

export function useBirthRegistrations(filters: BirthRegistrationFilters) {
  return useQuery(birthRegistrationsQuery(filters))
}
