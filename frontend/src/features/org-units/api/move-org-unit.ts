import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { OrgUnitNode, OrgUnitMove } from '../../../api/types'
import { ORG_UNITS_KEY } from '../../../api/org-unit-tree'
import { api, ifMatch, unwrap } from '../../../lib/api-client'

export function moveOrgUnit({ unit, move }: { unit: Pick<OrgUnitNode, 'id' | 'version'>; move: OrgUnitMove }) {
  return unwrap(api.POST('/api/org-units/{id}/move', {
    params: { path: { id: unit.id }, header: ifMatch(unit.version) },
    body: move,
  }))
}

export function useMoveOrgUnit() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: moveOrgUnit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ORG_UNITS_KEY }),
  })
}
