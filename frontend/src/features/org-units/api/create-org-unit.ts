import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { OrgUnitCreate } from '../../../api/types'
import { ORG_UNITS_KEY } from '../../../api/org-unit-tree'
import { api, unwrap } from '../../../lib/api-client'

export function createOrgUnit(unit: OrgUnitCreate) {
  return unwrap(api.POST('/api/org-units', { body: unit }))
}

export function useCreateOrgUnit() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createOrgUnit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ORG_UNITS_KEY }),
  })
}
