import type { MemberMove } from '../../../api/types'
import { api, ifMatch, unwrap } from '../../../lib/api-client'
import { useHouseholdOperation, type HouseholdRef } from './household-operation'

/** A member leaves this household for another one, the same day; answers this household. */
export function moveHouseholdMember({ household, move }: { household: HouseholdRef; move: MemberMove }) {
  return unwrap(api.POST('/api/households/{id}/moves', {
    params: { path: { id: household.id }, header: ifMatch(household.version) },
    body: move,
  }))
}

export function useMoveHouseholdMember() {
  return useHouseholdOperation(moveHouseholdMember)
}
