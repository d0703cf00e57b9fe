import type { BirthRegistrationRemark } from '../../../api/types'
import { api, ifMatch, unwrap } from '../../../lib/api-client'
import { useBirthRegistrationStep, type BirthRegistrationRef } from './birth-registration-step'

/** Approves a village-reviewed approval; the answer carries its number. */
export function approveBirthRegistration({ registration, remark }: { registration: BirthRegistrationRef; remark: BirthRegistrationRemark }) {
  return unwrap(api.POST('/api/birth-registrations/{id}/approve', {
    params: { path: { id: registration.id }, header: ifMatch(registration.version) },
    body: remark,
  }))
}

export function useApproveBirthRegistration() {
  return useBirthRegistrationStep(approveBirthRegistration)
}
