import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import type { paths } from '../../../api/schema'
import { api, unwrap } from '../../../lib/api-client'
import { PREGNANCIES_KEY } from './keys'

export type PregnancyFilters = NonNullable<paths['/api/pregnancies']['get']['parameters']['query']>

export function pregnanciesQuery(filters: PregnancyFilters) {
  return queryOptions({
    queryKey: [...PREGNANCIES_KEY, 'list', filters],
    queryFn: () => unwrap(api.GET('/api/pregnancies', { params: { query: filters } })),
    placeholderData: keepPreviousData,
  })
}

export function usePregnancies(filters: PregnancyFilters) {
  return useQuery(pregnanciesQuery(filters))
}
