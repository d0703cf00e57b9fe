// The official calendar: a year's holidays and make-up working days; the administrator sets and resets days.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { CalendarDaySet } from '../../../api/types'
import { api, unwrap } from '../../../lib/api-client'

const CALENDAR_KEY = ['calendar-days'] as const

export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: [...CALENDAR_KEY, year],
    queryFn: () => unwrap(api.GET('/api/calendar-days', { params: { query: { year } } })),
  })
}

/** A change moves deadlines counted in working days (birth registrations): every query is read again. */
function useCalendarMutation<V>(mutationFn: (variables: V) => Promise<unknown>) {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries() })
}

export function useSetCalendarDay() {
  return useCalendarMutation(({ day, body }: { day: string; body: CalendarDaySet }) =>
    unwrap(api.PUT('/api/calendar-days/{day}', { params: { path: { day } }, body })))
}

export function useResetCalendarDay() {
  return useCalendarMutation(({ day, reason }: { day: string; reason: string }) =>
    unwrap(api.POST('/api/calendar-days/{day}/reset', { params: { path: { day } }, body: { reason } })))
}
