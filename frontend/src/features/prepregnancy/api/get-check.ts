import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'
import { PREPREGNANCY_KEY } from './keys'

/** One check with its results; each read is audited on the server, so it is not read again in the background. */
export function checkQuery(id: number) {
  return queryOptions({
    queryKey: [...PREPREGNANCY_KEY, 'detail', id],
    queryFn: () => unwrap(api.GET('/api/prepregnancy-checks/{id}', { params: { path: { id } } })),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  })
}

export function useCheck(id: number) {
  return useQuery(checkQuery(id))
}
