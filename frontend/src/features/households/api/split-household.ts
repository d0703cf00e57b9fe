import type { HouseholdSplit } from '../../../api/types'
import { api, ifMatch, unwrap } from '../../../lib/api-client'
import { useHouseholdOperation, type HouseholdRef } from './household-operation'

/** Members leave to form a new household; 201 with the NEW household. */
export async function splitHousehold({ household, split }: { household: HouseholdRef; split: HouseholdSplit }) {
  return (await unwrap(api.POST('/api/households/{id}/split', {
    params: { path: { id: household.id }, header: ifMatch(household.version) },
    body: split,
  })))
}

export function useSplitHousehold() {
  return useHouseholdOperation(splitHousehold)
}
