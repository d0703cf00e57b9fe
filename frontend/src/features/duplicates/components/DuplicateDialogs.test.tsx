import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import type { DuplicateCandidate } from '../../../api/types'
import { json, renderApp, signInAs, stubFetch } from '../../../test/render'
import { personView, TOWN_TREE } from '../../../test/register-fixtures'
import { MergeDuplicateDialog } from './DuplicateDialogs'

describe('MergeDuplicateDialog', () => {
  it('shows each record\'s sex and birth date, and a newborn\'s missing ID number in words', async () => {
    signInAs(['TOWN_OFFICER'])
    stubFetch(() => json(TOWN_TREE))
    const newborn = personView({ id: 1301, name: '马小花', birthDate: '2026-03-01', idNumber: undefined as unknown as string })
    const registered = personView({ id: 1302, name: '马小花', birthDate: '2026-03-01', idNumber: '640502********1228' })
    const candidate: DuplicateCandidate = {
      id: 51, person: newborn, other: registered, rule: 'SAME_NAME_BIRTH_DATE', similarity: 1, status: 'OPEN', version: 0,
    }
    renderApp(<MergeDuplicateDialog candidate={candidate} onClose={() => {}} />)
    const dialog = await screen.findByRole('dialog')
    expect(await within(dialog).findByText('马小花 · 女 · 2026-03-01 · 暂无身份证号 · 黑林村')).toBeTruthy()
    expect(within(dialog).getByText('马小花 · 女 · 2026-03-01 · 640502********1228 · 黑林村')).toBeTruthy()
  })
})
