import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { OrgUnitNode, OrgUnitRename } from '../../../api/types'
import { ORG_UNITS_KEY } from '../../../api/org-unit-tree'
import { api, ifMatch, unwrap } from '../../../lib/api-client'

export function renameOrgUnit({ unit, rename }: { unit: Pick<OrgUnitNode, 'id' | 'version'>; rename: OrgUnitRename }) {
  return unwrap(api.PUT('/api/org-units/{id}', {
    params: { path: { id: unit.id }, header: ifMatch(unit.version) },
    body: rename,
  }))
}

export function useRenameOrgUnit() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: renameOrgUnit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ORG_UNITS_KEY }),
  })
}
