// What every step of the procedure shares: it answers the application as it is now, which replaces the cached one;
// the lists and worklists are read again.
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { BirthRegistrationDetail, BirthRegistrationView } from '../../../api/types'
import { birthRegistrationQuery } from './get-birth-registration'
import { BIRTH_REGISTRATIONS_KEY } from './keys'

/** The application a step changes, as last read: its version goes into If-Match. */
export type BirthRegistrationRef = Pick<BirthRegistrationView, 'id' | 'version'>

export function useBirthRegistrationStep<V>(step: (variables: V) => Promise<BirthRegistrationDetail>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: step,
    onSuccess: (detail) => {
      queryClient.setQueryData(birthRegistrationQuery(detail.id).queryKey, detail)
      return queryClient.invalidateQueries({ queryKey: [...BIRTH_REGISTRATIONS_KEY, 'list'] })
    },
  })
}
