import { describe, expect, it } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/react'
import { Route, Routes } from 'react-router'
import type { HouseholdDetail } from '../../../api/types'
import { json, renderApp, signInAs, stubFetch } from '../../../test/render'
import { householdDetail, path, TOWN_TREE } from '../../../test/register-fixtures'
import { HouseholdDetailPage } from './HouseholdDetailPage'

function renderHousehold() {
  renderApp(
    <Routes><Route path="/households/:id" element={<HouseholdDetailPage />} /></Routes>,
    '/households/1001',
  )
}

describe('HouseholdDetailPage', () => {
  it('makes a member the head, sending the household\'s version in If-Match', async () => {
    signInAs(['VILLAGE_WORKER'])
    const writes: Request[] = []
    const after: HouseholdDetail = householdDetail()
    after.household = { ...after.household, headId: 1203, headName: '马秀英', version: 5 }
    stubFetch((request) => {
      if (path(request) === '/api/org-units/tree') return json(TOWN_TREE)
      if (request.method === 'GET') return json(writes.length ? after : householdDetail())
      writes.push(request)
      return json(after)
    })
    renderHousehold()
    const members = (await screen.findByText('家庭成员')).closest<HTMLElement>('.ant-card')!
    const spouseRow = (await within(members).findByRole('link', { name: '马秀英' })).closest('tr')!
    fireEvent.click(within(spouseRow).getByRole('button', { name: '设为户主' }))
    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByText('原户主（马建国）改为')).toBeTruthy()
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定/ }))

    expect(await screen.findByText('已保存')).toBeTruthy()
    expect(writes).toHaveLength(1)
    expect(writes[0].method).toBe('POST')
    expect(path(writes[0])).toBe('/api/households/1001/head')
    expect(writes[0].headers.get('If-Match')).toBe('"4"')
    expect(await writes[0].json()).toEqual({ personId: 1203, formerHeadRelation: 'OTHER' })
  })

  it('shows the history with its events, and no operations to a reader', async () => {
    signInAs(['AUDITOR'])
    const detail = householdDetail()
    detail.history.push({ personId: 1203, personName: '马秀英', relation: 'HEAD', joinedOn: '2020-01-02', joinedBy: 'RELATION_CHANGE' })
    stubFetch((request) => json(path(request) === '/api/org-units/tree' ? TOWN_TREE : detail))
    renderHousehold()
    const history = (await screen.findByText('变动记录')).closest<HTMLElement>('.ant-card')!
    expect(await within(history).findByText('登记')).toBeTruthy()
    expect(within(history).getByText('加入')).toBeTruthy()
    expect(within(history).getByText('关系变更')).toBeTruthy()
    expect(screen.queryByRole('button', { name: '设为户主' })).toBeNull()
    expect(screen.queryByRole('button', { name: /注销户/ })).toBeNull()
  })
})
