import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'

/** Enabled village workers of the caller's area whose name or username holds `q` (for the responsible worker). */
export function useVillageWorkers(q: string) {
  return useQuery({
    queryKey: ['users', 'village-workers', q],
    queryFn: () => unwrap(api.GET('/api/users', {
      params: { query: { role: 'VILLAGE_WORKER', enabled: true, q: q || undefined, page: 0, size: 50 } },
    })),
    placeholderData: keepPreviousData,
  })
}
