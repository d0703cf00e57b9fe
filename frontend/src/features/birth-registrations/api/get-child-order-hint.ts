import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'
import { BIRTH_REGISTRATIONS_KEY } from './keys'

/** The order of a mother's next child as far as the register can tell (none until a mother is picked). */
export function useChildOrderHint(motherId: number | undefined) {
  return useQuery({
    queryKey: [...BIRTH_REGISTRATIONS_KEY, 'child-order', motherId],
    queryFn: () => unwrap(api.GET('/api/birth-registrations/child-order', { params: { query: { motherId: motherId! } } })),
    enabled: motherId != null,
  })
}
