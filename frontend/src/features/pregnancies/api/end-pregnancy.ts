import type { PregnancyEnd } from '../../../api/types'
import { api, ifMatch, unwrap } from '../../../lib/api-client'
import { usePregnancyOperation, type PregnancyRef } from './pregnancy-operation'

export function endPregnancy({ pregnancy, end }: { pregnancy: PregnancyRef; end: PregnancyEnd }) {
  return unwrap(api.POST('/api/pregnancies/{id}/end', {
    params: { path: { id: pregnancy.id }, header: ifMatch(pregnancy.version) },
    body: end,
  }))
}

export function useEndPregnancy() {
  return usePregnancyOperation(endPregnancy)
}
