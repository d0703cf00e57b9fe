import type { HouseholdWrite } from '../../../api/types'
import { api, ifMatch, unwrap } from '../../../lib/api-client'
import { useHouseholdOperation, type HouseholdRef } from './household-operation'

export function updateHousehold({ household, update }: { household: HouseholdRef; update: HouseholdWrite }) {
  return unwrap(api.PUT('/api/households/{id}', {
    params: { path: { id: household.id }, header: ifMatch(household.version) },
    body: update,
  }))
}

export function useUpdateHousehold() {
  return useHouseholdOperation(updateHousehold)
}
