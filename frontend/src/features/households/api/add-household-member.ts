import type { HouseholdMember } from '../../../api/types'
import { api, ifMatch, unwrap } from '../../../lib/api-client'
import { useHouseholdOperation, type HouseholdRef } from './household-operation'

/** Takes a registered person who is in no household into this one. */
export function addHouseholdMember({ household, member }: { household: HouseholdRef; member: HouseholdMember }) {
  return unwrap(api.POST('/api/households/{id}/members', {
    params: { path: { id: household.id }, header: ifMatch(household.version) },
    body: member,
  }))
}

export function useAddHouseholdMember() {
  return useHouseholdOperation(addHouseholdMember)
}
