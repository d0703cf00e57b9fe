// Long work besides imports (duplicate scans, the re-planning after a follow-up rule change) is a job: read here.
import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../lib/api-client'
import { jobRefetchInterval } from '../lib/jobs'

/** A job, read every second until it has finished. */
export function jobQuery(id: number) {
  return queryOptions({
    queryKey: ['jobs', id],
    queryFn: () => unwrap(api.GET('/api/jobs/{id}', { params: { path: { id } } })),
    refetchInterval: jobRefetchInterval,
  })
}

export function useJob(id: number | undefined) {
  return useQuery({ ...jobQuery(id ?? 0), enabled: id != null })
}
