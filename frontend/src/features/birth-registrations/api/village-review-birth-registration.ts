import type { VillageReview } from '../../../api/types'
import { api, ifMatch, unwrap } from '../../../lib/api-client'
import { useBirthRegistrationStep, type BirthRegistrationRef } from './birth-registration-step'

/** The village's opinion on a submitted approval. */
export function villageReviewBirthRegistration({ registration, review }: { registration: BirthRegistrationRef; review: VillageReview }) {
  return unwrap(api.POST('/api/birth-registrations/{id}/village-review', {
    params: { path: { id: registration.id }, header: ifMatch(registration.version) },
    body: review,
  }))
}

export function useVillageReviewBirthRegistration() {
  return useBirthRegistrationStep(villageReviewBirthRegistration)
}
