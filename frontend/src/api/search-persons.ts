// The register's one search (name, ID number or its tail, phone, household code, plus filters): the person
// search page and every person picker use it.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import type { paths } from './schema'
import { api, unwrap } from '../lib/api-client'
import { PERSONS_KEY } from './register-keys'

export type PersonFilters = NonNullable<paths['/api/persons']['get']['parameters']['query']>

export function searchPersons(filters: PersonFilters) {
  return unwrap(api.GET('/api/persons', { params: { query: filters } }))
}

export function personSearchQuery(filters: PersonFilters, enabled = true) {
  return queryOptions({
    queryKey: [...PERSONS_KEY, 'search', filters],
    queryFn: () => searchPersons(filters),
    placeholderData: keepPreviousData,
    enabled,
  })
}

export function usePersonSearch(filters: PersonFilters, enabled = true) {
  return useQuery(personSearchQuery(filters, enabled))
}

/** The search without paging: what an export takes. */
export type PersonCriteria = Omit<PersonFilters, 'page' | 'size' | 'sort'>
