import type { HeadChange } from '../../../api/types'
import { api, ifMatch, unwrap } from '../../../lib/api-client'
import { useHouseholdOperation, type HouseholdRef } from './household-operation'

export function changeHouseholdHead({ household, change }: { household: HouseholdRef; change: HeadChange }) {
  return unwrap(api.POST('/api/households/{id}/head', {
    params: { path: { id: household.id }, header: ifMatch(household.version) },
    body: change,
  }))
}

export function useChangeHouseholdHead() {
  return useHouseholdOperation(changeHouseholdHead)
}
