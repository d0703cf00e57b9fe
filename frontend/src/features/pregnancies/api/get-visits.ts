import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'
import { PREGNANCIES_KEY } from './keys'

/** A pregnancy's visits, newest first, voided ones included. */
export function visitsQuery(pregnancyId: number, page: number, size: number) {
  return queryOptions({
    queryKey: [...PREGNANCIES_KEY, 'visits', pregnancyId, page, size],
    queryFn: () => unwrap(api.GET('/api/visits', { params: { query: { pregnancyId, page, size } } })),
    placeholderData: keepPreviousData,
  })
}

export function useVisits(pregnancyId: number, page: number, size: number) {
  return useQuery(visitsQuery(pregnancyId, page, size))
}
