import type { BirthRegistrationReason } from '../../../api/types'
import { api, ifMatch, unwrap } from '../../../lib/api-client'
import { useBirthRegistrationStep, type BirthRegistrationRef } from './birth-registration-step'

/** Rejects a village-reviewed approval with the reason. */
export function rejectBirthRegistration({ registration, reason }: { registration: BirthRegistrationRef; reason: BirthRegistrationReason }) {
  return unwrap(api.POST('/api/birth-registrations/{id}/reject', {
    params: { path: { id: registration.id }, header: ifMatch(registration.version) },
    body: reason,
  }))
}

export function useRejectBirthRegistration() {
  return useBirthRegistrationStep(rejectBirthRegistration)
}
