import type { BirthRegistrationReason } from '../../../api/types'
import { api, ifMatch, unwrap } from '../../../lib/api-client'
import { useBirthRegistrationStep, type BirthRegistrationRef } from './birth-registration-step'

/** Returns a submitted registration to the applicant with the reason. */
export function returnBirthRegistration({ registration, reason }: { registration: BirthRegistrationRef; reason: BirthRegistrationReason }) {
  return unwrap(api.POST('/api/birth-registrations/{id}/return', {
    params: { path: { id: registration.id }, header: ifMatch(registration.version) },
    body: reason,
  }))
}

export function useReturnBirthRegistration() {
  return useBirthRegistrationStep(returnBirthRegistration)
}
