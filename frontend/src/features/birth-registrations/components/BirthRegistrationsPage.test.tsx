import { describe, expect, it } from 'vitest'
import { fireEvent, screen } from '@testing-library/react'
import { json, renderApp, signInAs, stubFetch } from '../../../test/render'
import { path, TOWN_TREE } from '../../../test/register-fixtures'
import { birthView } from './birth-fixtures'
import { BirthRegistrationsPage } from './BirthRegistrationsPage'

function renderList() {
  const lists: URL[] = []
  stubFetch((request) => {
    if (path(request) === '/api/org-units/tree') return json(TOWN_TREE)
    lists.push(new URL(request.url))
    return json({ items: [birthView(), birthView({ id: 1006, motherName: '李桂兰', motherIdNumber: '640502********2248', deadline: 'OVERDUE', dueOn: '2018-02-20' })], page: 0, size: 20, total: 2 })
  })
  renderApp(<BirthRegistrationsPage />, '/birth-registrations')
  return lists
}

describe('BirthRegistrationsPage', () => {
  it('opens on the town officer\'s worklist and switches between 待审核, 即将超期, 已超期 and 全部', async () => {
    signInAs(['TOWN_OFFICER'])
    const lists = renderList()
    expect(await screen.findByRole('link', { name: '马秀英' })).toBeTruthy()
    expect(lists[0].searchParams.get('queue')).toBe('OPEN')
    expect(screen.getByText('即将超期', { selector: '.ant-tag' })).toBeTruthy()
    expect(screen.getByText('已超期', { selector: '.ant-tag' })).toBeTruthy()
    expect(screen.getByText('640502********1226')).toBeTruthy()

    fireEvent.click(screen.getByRole('tab', { name: '已超期' }))
    await expect.poll(() => lists.at(-1)?.searchParams.get('queue')).toBe('OVERDUE')
    fireEvent.click(screen.getByRole('tab', { name: '即将超期' }))
    await expect.poll(() => lists.at(-1)?.searchParams.get('queue')).toBe('DUE_SOON')
    fireEvent.click(screen.getByRole('tab', { name: '全部' }))
    await expect.poll(() => lists.at(-1)?.searchParams.has('queue')).toBe(false)
    expect(screen.getByRole('button', { name: /提交申请/ })).toBeTruthy()
  })

  it('opens on every application for an auditor, who cannot submit', async () => {
    signInAs(['AUDITOR'])
    const lists = renderList()
    expect(await screen.findByRole('link', { name: '李桂兰' })).toBeTruthy()
    expect(lists[0].searchParams.has('queue')).toBe(false)
    expect(screen.queryByRole('button', { name: /提交申请/ })).toBeNull()
  })
})
