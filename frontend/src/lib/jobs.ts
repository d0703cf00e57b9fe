// Long work on the server (imports, duplicate scans) is a job: polled every second until it has finished.
import type { JobView } from '../api/types'

export const JOB_POLL_MS = 1000

export function jobFinished(job: Pick<JobView, 'status'> | undefined): boolean {
  return job?.status === 'SUCCEEDED' || job?.status === 'FAILED'
}

/** A react-query refetchInterval: every second while the job runs, then no more. */
export function jobRefetchInterval(query: { state: { data?: Pick<JobView, 'status'> } }): number | false {
  return jobFinished(query.state.data) ? false : JOB_POLL_MS
}

/** How far the job is, 0–100 (0 while the total is not known yet). */
export function jobPercent(job: Pick<JobView, 'status' | 'total' | 'done'>): number {
  if (job.status === 'SUCCEEDED') return 100
  return job.total > 0 ? Math.min(100, Math.floor((job.done * 100) / job.total)) : 0
}
