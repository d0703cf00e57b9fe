import type { BirthRegistrationRemark } from '../../../api/types'
import { api, ifMatch, unwrap } from '../../../lib/api-client'
import { useBirthRegistrationStep, type BirthRegistrationRef } from './birth-registration-step'

/** Registers a submitted registration; the answer carries its number. */
export function registerBirth({ registration, remark }: { registration: BirthRegistrationRef; remark: BirthRegistrationRemark }) {
  return unwrap(api.POST('/api/birth-registrations/{id}/register', {
    params: { path: { id: registration.id }, header: ifMatch(registration.version) },
    body: remark,
  }))
}

export function useRegisterBirth() {
  return useBirthRegistrationStep(registerBirth)
}
