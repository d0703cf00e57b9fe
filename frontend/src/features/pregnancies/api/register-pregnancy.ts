import type { PregnancyWrite } from '../../../api/types'
import { api, unwrap } from '../../../lib/api-client'
import { usePregnancyOperation } from './pregnancy-operation'

/** 201 with the new pregnancy, its follow-up planned. */
export function registerPregnancy(registration: PregnancyWrite) {
  return unwrap(api.POST('/api/pregnancies', { body: registration }))
}

export function useRegisterPregnancy() {
  return usePregnancyOperation(registerPregnancy)
}
