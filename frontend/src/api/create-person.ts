// Registering a person: from the person search page, or from a household (preset to it).
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { PersonDetail, PersonWrite } from './types'
import { api, unwrap } from '../lib/api-client'
import { REGISTER_KEY } from './register-keys'

/** 201 with the new person. */
export async function createPerson(person: PersonWrite): Promise<PersonDetail> {
  return (await unwrap(api.POST('/api/persons', { body: person })))
}

export function useCreatePerson() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createPerson,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: REGISTER_KEY }),
  })
}
