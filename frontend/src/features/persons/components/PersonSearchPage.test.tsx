import { describe, expect, it } from 'vitest'
import { fireEvent, screen } from '@testing-library/react'
import { json, renderApp, signInAs, stubFetch } from '../../../test/render'
import { path, personView, TOWN_TREE } from '../../../test/register-fixtures'
import { PersonSearchPage } from './PersonSearchPage'

describe('PersonSearchPage', () => {
  it('sends the search text and the 育龄妇女 filter, and lists the masked numbers', async () => {
    signInAs(['TOWN_OFFICER'])
    const searches: URL[] = []
    stubFetch((request) => {
      if (path(request) === '/api/org-units/tree') return json(TOWN_TREE)
      const url = new URL(request.url)
      searches.push(url)
      const found = url.searchParams.has('q') ? [personView()] : []
      return json({ items: found, page: 0, size: 20, total: found.length })
    })
    renderApp(<PersonSearchPage />, '/persons')
    fireEvent.change(screen.getByPlaceholderText(/姓名、身份证号/), { target: { value: '马秀瑛' } })
    fireEvent.click(screen.getByRole('switch'))

    expect(await screen.findByText('640502********1226')).toBeTruthy()
    const last = searches[searches.length - 1]
    expect(last.pathname).toBe('/api/persons')
    expect(last.searchParams.get('q')).toBe('马秀瑛')
    expect(last.searchParams.get('childbearingAge')).toBe('true')
    expect(last.searchParams.get('page')).toBe('0')
    expect(screen.getByText('139****1234')).toBeTruthy()
    expect(screen.getByRole('link', { name: '马秀英' }).getAttribute('href')).toBe('/persons/1203')
    expect(await screen.findByText('黑林村')).toBeTruthy()
    expect(screen.getByText('育龄')).toBeTruthy()
  })

  it('offers 新增人员 to the register\'s writers only, and the auditor no export', async () => {
    signInAs(['AUDITOR'])
    stubFetch((request) => json(path(request) === '/api/org-units/tree' ? TOWN_TREE : { items: [personView()], page: 0, size: 20, total: 1 }))
    renderApp(<PersonSearchPage />, '/persons')
    expect(await screen.findByText('640502********1226')).toBeTruthy()
    expect(screen.queryByRole('button', { name: /新增人员/ })).toBeNull()
    expect(screen.queryByRole('button', { name: /导出 Excel/ })).toBeNull()
  })
})
