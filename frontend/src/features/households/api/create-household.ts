import type { HouseholdDetail, HouseholdWrite } from '../../../api/types'
import { api, unwrap } from '../../../lib/api-client'
import { useHouseholdOperation } from './household-operation'

/** 201 with the new household. */
export async function createHousehold(household: HouseholdWrite): Promise<HouseholdDetail> {
  return (await unwrap(api.POST('/api/households', { body: household })))
}

export function useCreateHousehold() {
  return useHouseholdOperation(createHousehold)
}
