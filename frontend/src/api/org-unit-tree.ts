// The caller's org subtree: read by the org-unit page, by every org-unit picker and to name villages in lists.
import { useMemo } from 'react'
import { queryOptions, useQuery } from '@tanstack/react-query'
import type { OrgUnitNode } from './types'
import { api, unwrap } from '../lib/api-client'

/** Every org-unit query lives under this key, so one invalidation refreshes them all. */
export const ORG_UNITS_KEY = ['org-units'] as const

export function orgUnitTreeQuery() {
  return queryOptions({
    queryKey: [...ORG_UNITS_KEY, 'tree'],
    queryFn: () => unwrap(api.GET('/api/org-units/tree')),
  })
}

export function useOrgUnitTree() {
  return useQuery(orgUnitTreeQuery())
}

function collectNames(node: OrgUnitNode, names: Map<number, string>) {
  names.set(node.id, node.name)
  for (const child of node.children ?? []) collectNames(child, names)
  return names
}

/** Org unit id → name over the caller's subtree (empty until the tree has arrived). */
export function useOrgUnitNames(): Map<number, string> {
  const { data: root } = useOrgUnitTree()
  return useMemo(() => (root ? collectNames(root, new Map()) : new Map<number, string>()), [root])
}
