import type { HouseholdClose } from '../../../api/types'
import { api, ifMatch, unwrap } from '../../../lib/api-client'
import { useHouseholdOperation, type HouseholdRef } from './household-operation'

/** Closes an empty household; it is kept with the reason. */
export function closeHousehold({ household, close }: { household: HouseholdRef; close: HouseholdClose }) {
  return unwrap(api.POST('/api/households/{id}/close', {
    params: { path: { id: household.id }, header: ifMatch(household.version) },
    body: close,
  }))
}

export function useCloseHousehold() {
  return useHouseholdOperation(closeHousehold)
}
