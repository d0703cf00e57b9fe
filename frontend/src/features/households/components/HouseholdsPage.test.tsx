import { describe, expect, it } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/react'
import type { OrgUnitNode } from '../../../api/types'
import { json, renderApp, signInAs, stubFetch } from '../../../test/render'
import { householdDetail, path } from '../../../test/register-fixtures'
import { HouseholdsPage } from './HouseholdsPage'

const VILLAGE: OrgUnitNode = { id: 5, parentId: 4, code: '6405', name: '黑林村', level: 'VILLAGE', path: '/1/2/3/4/5/', version: 0, children: [] }

describe('HouseholdsPage', () => {
  it('creates a household in the village worker\'s own village, which is filled in', async () => {
    signInAs(['VILLAGE_WORKER'])
    const posts: Request[] = []
    stubFetch((request) => {
      if (path(request) === '/api/org-units/tree') return json(VILLAGE)
      if (request.method === 'POST') {
        posts.push(request)
        return json(householdDetail(), 201)
      }
      return json({ items: [householdDetail().household], page: 0, size: 20, total: 1 })
    })
    renderApp(<HouseholdsPage />, '/households')
    expect(await screen.findByRole('link', { name: 'HL-0012' })).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: /新建户/ }))
    const dialog = await screen.findByRole('dialog')
    expect(await within(dialog).findByText('黑林村')).toBeTruthy()
    fireEvent.change(within(dialog).getByLabelText('户编号'), { target: { value: 'HL-0099' } })
    fireEvent.change(within(dialog).getByLabelText('户地址'), { target: { value: '黑林村三组99号' } })
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定/ }))

    expect(await screen.findByText('已保存')).toBeTruthy()
    expect(await posts[0].json()).toEqual({ orgUnitId: 5, code: 'HL-0099', address: '黑林村三组99号', type: 'REGISTERED' })
  })

  it('filters by status, ACTIVE to begin with', async () => {
    signInAs(['AUDITOR'])
    const lists: URL[] = []
    stubFetch((request) => {
      if (path(request) === '/api/org-units/tree') return json(VILLAGE)
      lists.push(new URL(request.url))
      return json({ items: [], page: 0, size: 20, total: 0 })
    })
    renderApp(<HouseholdsPage />, '/households')
    await expect.poll(() => lists.length).toBeGreaterThan(0)
    expect(lists[0].pathname).toBe('/api/households')
    expect(lists[0].searchParams.get('status')).toBe('ACTIVE')
    expect(screen.queryByRole('button', { name: /新建户/ })).toBeNull()
  })
})
