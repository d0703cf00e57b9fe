import type { HouseholdMerge } from '../../../api/types'
import { api, ifMatch, unwrap } from '../../../lib/api-client'
import { useHouseholdOperation, type HouseholdRef } from './household-operation'

/** Another household's members join this one, which answers; the other is closed. */
export function mergeHousehold({ household, merge }: { household: HouseholdRef; merge: HouseholdMerge }) {
  return unwrap(api.POST('/api/households/{id}/merge', {
    params: { path: { id: household.id }, header: ifMatch(household.version) },
    body: merge,
  }))
}

export function useMergeHousehold() {
  return useHouseholdOperation(mergeHousehold)
}
