import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { PersonDetail, PersonWrite } from './types'
import { api, ifMatch, unwrap } from '../lib/api-client'
import { REGISTER_KEY } from './register-keys'

export function updatePerson({ person, update }: { person: Pick<PersonDetail, 'id' | 'version'>; update: PersonWrite }) {
  return unwrap(api.PUT('/api/persons/{id}', {
    params: { path: { id: person.id }, header: ifMatch(person.version) },
    body: update,
  }))
}

export function useUpdatePerson() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updatePerson,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: REGISTER_KEY }),
  })
}
