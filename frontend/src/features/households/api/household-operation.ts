// What every household operation shares: it answers the household as it is now, which replaces the cached one;
// the lists (and persons, whose households and relations changed) are read again.
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { HouseholdDetail, HouseholdView } from '../../../api/types'
import { REGISTER_KEY } from '../../../api/register-keys'
import { householdQuery } from './get-household'

/** The household an operation changes, as last read: its version goes into If-Match. */
export type HouseholdRef = Pick<HouseholdView, 'id' | 'version'>

export function useHouseholdOperation<V>(operation: (variables: V) => Promise<HouseholdDetail>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: operation,
    onSuccess: (detail) => {
      queryClient.setQueryData(householdQuery(detail.household.id).queryKey, detail)
      return queryClient.invalidateQueries({ queryKey: REGISTER_KEY })
    },
  })
}
