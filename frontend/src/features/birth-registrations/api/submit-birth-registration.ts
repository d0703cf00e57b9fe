import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { BirthRegistrationWrite } from '../../../api/types'
import { api, unwrap } from '../../../lib/api-client'
import { BIRTH_REGISTRATIONS_KEY } from './keys'

export function submitBirthRegistration(application: BirthRegistrationWrite) {
  return unwrap(api.POST('/api/birth-registrations', { body: application }))
}

export function useSubmitBirthRegistration() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: submitBirthRegistration,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: BIRTH_REGISTRATIONS_KEY }),
  })
}
