import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { VisitWrite } from '../../../api/types'
import { api, unwrap } from '../../../lib/api-client'
import { PREGNANCIES_KEY } from './keys'

/** 201 with the visit and where it went (FILLS a slot, EXTRA, OUTSIDE). */
export function recordVisit(visit: VisitWrite) {
  return unwrap(api.POST('/api/visits', { body: visit }))
}

/** A visit fills a slot (worklist, schedule) and may add risk factors (the pregnancy): all are read again. */
export function useRecordVisit() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: recordVisit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PREGNANCIES_KEY }),
  })
}
