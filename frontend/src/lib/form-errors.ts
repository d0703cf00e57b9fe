// Shows an API problem to the user: field errors under their form fields, anything else as a message.
import { useCallback } from 'react'
import { App, type FormInstance } from 'antd'
import type { FieldError } from '../api/types'
import { ApiProblem } from './api-client'
import { useT, type Translate } from './i18n'

/** The problem in words a user can act on. */
export function problemText(error: unknown, t: Translate): string {
  if (!(error instanceof ApiProblem)) return error instanceof Error ? error.message : String(error)
  if (error.status === 0) return t('problem.network')
  if (error.status === 412) return t('problem.stale')
  if (error.status === 403) return t('problem.forbidden')
  return error.detail || error.title
}

/**
 * Server field paths may be qualified (`create.body.username`) and index lists (`babies[0].name`); the form knows
 * the last segments, with list indexes as segments of their own (`babies.0.name`).
 */
function formFieldFor(fieldError: FieldError, formFields: string[]): string | undefined {
  const path = (fieldError.field ?? '').replace(/\[(\d+)\]/g, '.$1')
  return formFields.find((name) => name === path || path.endsWith(`.${name}`))
}

/** Puts the problem's field errors on the form; returns those that match no field. */
export function applyFieldErrors(form: FormInstance, problem: ApiProblem): FieldError[] {
  // The form's own name paths, by their dotted spelling: a list index stays the number the form knows it by.
  const namePaths = new Map(form.getFieldsError().map(({ name }) => [name.join('.'), name]))
  const formFields = [...namePaths.keys()]
  const unmatched: FieldError[] = []
  const byField = new Map<string, string[]>()
  for (const fieldError of problem.errors) {
    const name = formFieldFor(fieldError, formFields)
    if (name) byField.set(name, [...(byField.get(name) ?? []), fieldError.message])
    else unmatched.push(fieldError)
  }
  form.setFields([...byField].map(([name, errors]) => ({ name: namePaths.get(name)!, errors })))
  return unmatched
}

/** One way to report a failed request: on the form where possible, otherwise as a message. */
export function useShowProblem(): (error: unknown, form?: FormInstance) => void {
  const { message } = App.useApp()
  const t = useT()
  return useCallback((error, form) => {
    const fieldErrors = error instanceof ApiProblem ? error.errors : []
    const unplaced = form && fieldErrors.length ? applyFieldErrors(form, error as ApiProblem) : fieldErrors
    if (fieldErrors.length > 0 && unplaced.length === 0) return
    message.error([problemText(error, t), ...unplaced.map((e) => `${e.field}: ${e.message}`)].join('；'))
  }, [message, t])
}
