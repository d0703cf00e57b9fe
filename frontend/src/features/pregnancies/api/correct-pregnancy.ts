import type { PregnancyWrite } from '../../../api/types'
import { api, ifMatch, unwrap } from '../../../lib/api-client'
import { usePregnancyOperation, type PregnancyRef } from './pregnancy-operation'

/** The whole registration again, with the reason; open and future slots are re-planned. */
export function correctPregnancy({ pregnancy, correction }: { pregnancy: PregnancyRef; correction: PregnancyWrite }) {
  return unwrap(api.PUT('/api/pregnancies/{id}', {
    params: { path: { id: pregnancy.id }, header: ifMatch(pregnancy.version) },
    body: correction,
  }))
}

export function useCorrectPregnancy() {
  return usePregnancyOperation(correctPregnancy)
}
