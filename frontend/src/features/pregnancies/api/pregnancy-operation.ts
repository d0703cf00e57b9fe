// What every write to a pregnancy shares: it answers the pregnancy as it is now, which replaces the cached one; the
// worklist, schedules, visits and lists are read again.
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { PregnancyDetail, PregnancyView } from '../../../api/types'
import { pregnancyQuery } from './get-pregnancy'
import { PREGNANCIES_KEY } from './keys'

/** The pregnancy an operation changes, as last read: its version (the ETag's) goes into If-Match. */
export type PregnancyRef = Pick<PregnancyView, 'id' | 'version'>

export function usePregnancyOperation<V>(operation: (variables: V) => Promise<PregnancyDetail>, alsoInvalidate?: readonly string[]) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: operation,
    onSuccess: (detail) => {
      queryClient.setQueryData(pregnancyQuery(detail.pregnancy.id).queryKey, detail)
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: PREGNANCIES_KEY }),
        alsoInvalidate && queryClient.invalidateQueries({ queryKey: alsoInvalidate }),
      ])
    },
  })
}
