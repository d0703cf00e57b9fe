import { describe, expect, it } from 'vitest'
import { fireEvent, screen } from '@testing-library/react'
import { Route, Routes, useLocation } from 'react-router'
import { json, renderApp, signInAs, stubFetch } from '../../../test/render'
import { path, personView, TOWN_TREE } from '../../../test/register-fixtures'
import { PersonDetailPage } from './PersonDetailPage'

function Where() {
  const { pathname, search } = useLocation()
  return <p>at {pathname}{search}</p>
}

function renderPerson(person = personView()) {
  stubFetch((request) => json(path(request) === '/api/org-units/tree' ? TOWN_TREE : person))
  renderApp(
    <Routes>
      <Route path="/persons/:id" element={<PersonDetailPage />} />
      <Route path="*" element={<Where />} />
    </Routes>,
    `/persons/${person.id}`,
  )
}

describe('PersonDetailPage', () => {
  it('starts a pregnancy registration for a woman', async () => {
    signInAs(['VILLAGE_WORKER'])
    renderPerson()
    fireEvent.click(await screen.findByRole('button', { name: /登记孕情/ }))
    expect(await screen.findByText('at /pregnancies/new?personId=1203')).toBeTruthy()
  })

  it('offers no pregnancy registration for a man', async () => {
    signInAs(['VILLAGE_WORKER'])
    renderPerson(personView({ id: 1202, name: '马建国', sex: 'MALE', childbearingAge: false }))
    expect(await screen.findByText('人员详情：马建国')).toBeTruthy()
    expect(screen.queryByRole('button', { name: /登记孕情/ })).toBeNull()
  })
})
