import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'
import { PREGNANCIES_KEY } from './keys'

/** The follow-up slots with their statuses as of a day (today when absent), and where each visit went. */
export function scheduleQuery(pregnancyId: number, asOf?: string) {
  return queryOptions({
    queryKey: [...PREGNANCIES_KEY, 'schedule', pregnancyId, asOf ?? 'today'],
    queryFn: () => unwrap(api.GET('/api/pregnancies/{id}/schedule', { params: { path: { id: pregnancyId }, query: { asOf } } })),
    placeholderData: keepPreviousData,
  })
}

export function useSchedule(pregnancyId: number, asOf?: string) {
  return useQuery(scheduleQuery(pregnancyId, asOf))
}
