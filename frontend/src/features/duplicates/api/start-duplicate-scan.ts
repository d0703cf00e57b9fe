import { useMutation } from '@tanstack/react-query'
import type { DuplicateScanRequest, JobView } from '../../../api/types'
import { api, unwrap } from '../../../lib/api-client'

/** 202 with the scan job: it compares every active person of the subtree with the register. */
export async function startDuplicateScan(request: DuplicateScanRequest): Promise<JobView> {
  return (await unwrap(api.POST('/api/duplicate-scans', { body: request })))
}

export function useStartDuplicateScan() {
  return useMutation({ mutationFn: startDuplicateScan })
}
