import type { BirthRegistrationResubmission } from '../../../api/types'
import { api, ifMatch, unwrap } from '../../../lib/api-client'
import { useBirthRegistrationStep, type BirthRegistrationRef } from './birth-registration-step'

/** Sends a returned registration again, corrected where needed. */
export function resubmitBirthRegistration({ registration, resubmission }: { registration: BirthRegistrationRef; resubmission: BirthRegistrationResubmission }) {
  return unwrap(api.POST('/api/birth-registrations/{id}/resubmit', {
    params: { path: { id: registration.id }, header: ifMatch(registration.version) },
    body: resubmission,
  }))
}

export function useResubmitBirthRegistration() {
  return useBirthRegistrationStep(resubmitBirthRegistration)
}
