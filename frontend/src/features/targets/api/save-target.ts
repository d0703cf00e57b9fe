import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { TargetKind, TargetProgressRow } from '../../../api/types'
import { TARGETS_KEY } from '../../../api/target-keys'
import { api, ifMatch, unwrap } from '../../../lib/api-client'

export interface TargetChange {
  /** The unit's progress row as last read: its target's id and version, if it has one. */
  row: Pick<TargetProgressRow, 'orgUnitId' | 'targetId' | 'targetVersion'>
  kind: TargetKind
  year: number
  count: number
}

/** Changes the unit's target (If-Match its version) or, when it has none yet, sets one. */
export function saveTarget({ row, kind, year, count }: TargetChange) {
  if (row.targetId != null) {
    return unwrap(api.PUT('/api/targets/{id}', {
      params: { path: { id: row.targetId }, header: ifMatch(row.targetVersion ?? 0) },
      body: { count },
    }))
  }
  return unwrap(api.POST('/api/targets', { body: { orgUnitId: row.orgUnitId, kind, year, count } }))
}

export function useSaveTarget() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: saveTarget,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TARGETS_KEY }),
  })
}
