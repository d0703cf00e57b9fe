import type { PregnancyTransfer } from '../../../api/types'
import { api, ifMatch, unwrap } from '../../../lib/api-client'
import { usePregnancyOperation, type PregnancyRef } from './pregnancy-operation'

/** This record ends TRANSFERRED_OUT; an ACTIVE continuation starts in the receiving village. */
export function transferPregnancy({ pregnancy, transfer }: { pregnancy: PregnancyRef; transfer: PregnancyTransfer }) {
  return unwrap(api.POST('/api/pregnancies/{id}/transfer', {
    params: { path: { id: pregnancy.id }, header: ifMatch(pregnancy.version) },
    body: transfer,
  }))
}

export function useTransferPregnancy() {
  return usePregnancyOperation(transferPregnancy)
}
