import type { DeliveryWrite } from '../../../api/types'
import { REGISTER_KEY } from '../../../api/register-keys'
import { api, ifMatch, unwrap } from '../../../lib/api-client'
import { usePregnancyOperation, type PregnancyRef } from './pregnancy-operation'

export function deliverPregnancy({ pregnancy, delivery }: { pregnancy: PregnancyRef; delivery: DeliveryWrite }) {
  return unwrap(api.POST('/api/pregnancies/{id}/delivery', {
    params: { path: { id: pregnancy.id }, header: ifMatch(pregnancy.version) },
    body: delivery,
  }))
}

/** The live-born babies join the register (her household's members): the register is read again too. */
export function useDeliverPregnancy() {
  return usePregnancyOperation(deliverPregnancy, REGISTER_KEY)
}
