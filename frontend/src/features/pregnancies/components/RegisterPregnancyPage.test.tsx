import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor } from '@testing-library/react'
import { Route, Routes } from 'react-router'
import { todayIso } from '../../../lib/format'
import { addDays, eddFrom } from '../../../lib/gestation'
import { json, problem, renderApp, signInAs, stubFetch } from '../../../test/render'
import { pregnancyDetail } from '../../../test/pregnancy-fixtures'
import { path, personView, TOWN_TREE } from '../../../test/register-fixtures'
import { RegisterPregnancyPage } from './RegisterPregnancyPage'

const formItemOf = (element: HTMLElement) => element.closest('.ant-form-item')

function stubRegistration(answer: (request: Request) => Response) {
  const posts: Request[] = []
  stubFetch((request) => {
    const where = path(request)
    if (where === '/api/org-units/tree') return json(TOWN_TREE)
    if (where === '/api/risk-factors') return json([{ code: 'PREVIOUS_CAESAREAN', name: '剖宫产史', level: 'MEDIUM' }])
    if (where === '/api/persons/1203') return json(personView())
    posts.push(request)
    return answer(request)
  })
  return posts
}

function renderForm() {
  renderApp(
    <Routes>
      <Route path="/pregnancies/new" element={<RegisterPregnancyPage />} />
      <Route path="/pregnancies/:id" element={<p>pregnancy page</p>} />
    </Routes>,
    '/pregnancies/new?personId=1203',
  )
}

/** Types a date into an antd DatePicker and confirms it, as a user does. */
function typeDate(input: HTMLElement, date: string) {
  fireEvent.mouseDown(input)
  fireEvent.change(input, { target: { value: date } })
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 })
}

describe('RegisterPregnancyPage', () => {
  it('computes the expected delivery and gestational age as the LMP is typed, and registers her', async () => {
    signInAs(['VILLAGE_WORKER'])
    const posts = stubRegistration(() => json(pregnancyDetail(), 201))
    renderForm()
    expect(await screen.findByText('马秀英 · 640502********1226 · 黑林村')).toBeTruthy()
    const lmp = addDays(todayIso(), -60)!
    typeDate(screen.getByLabelText('末次月经'), lmp)

    expect(await screen.findByText(eddFrom(lmp)!)).toBeTruthy()
    expect(screen.getByText('8周+4天')).toBeTruthy()
    expect(screen.queryByLabelText('预产期更正原因')).toBeNull()
    expect(screen.queryByLabelText('责任专干')).toBeNull() // a village worker is responsible herself
    fireEvent.click(screen.getByRole('button', { name: /登记孕情/ }))

    expect(await screen.findByText('已登记孕情')).toBeTruthy()
    expect(await screen.findByText('pregnancy page', {}, { timeout: 5000 })).toBeTruthy()
    expect(await posts[0].json()).toEqual({ personId: 1203, lmp, riskFactors: [] })
  })

  it('asks why when the expected delivery is corrected to another day, and shows the server\'s field errors on the fields', async () => {
    signInAs(['VILLAGE_WORKER'])
    const posts = stubRegistration(() => problem({
      status: 400,
      title: 'Invalid input',
      errors: [{ field: 'register.body.birthOrderReason', message: '孩次不等于已登记子女数 1 加 1 时须填写原因' }],
    }))
    renderForm()
    await screen.findByText('马秀英 · 640502********1226 · 黑林村')
    const lmp = addDays(todayIso(), -100)!
    typeDate(screen.getByLabelText('末次月经'), lmp)
    typeDate(screen.getByLabelText('更正预产期'), addDays(eddFrom(lmp)!, 7)!)
    fireEvent.change(await screen.findByLabelText('预产期更正原因'), { target: { value: 'B超核对孕周' } })
    fireEvent.change(screen.getByLabelText('孩次'), { target: { value: '3' } })
    expect(await screen.findByLabelText('孩次说明')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: /登记孕情/ }))

    const error = await screen.findByText('孩次不等于已登记子女数 1 加 1 时须填写原因')
    expect(formItemOf(error)).toBe(formItemOf(screen.getByLabelText('孩次说明')))
    await waitFor(() => expect(posts).toHaveLength(1))
    expect(await posts[0].json()).toEqual({
      personId: 1203, lmp, edd: addDays(eddFrom(lmp)!, 7), eddReason: 'B超核对孕周', birthOrder: 3, riskFactors: [],
    })
  })

  it('offers the reason for her age only when the server asks for it, and sends it', async () => {
    signInAs(['VILLAGE_WORKER'])
    let answers = 0
    const posts = stubRegistration(() => (answers++ === 0
      ? problem({
        status: 400,
        title: '输入有误',
        errors: [{ field: 'ageReason', message: '末次月经时她 52 岁（不满 14 岁或 50 岁及以上），须说明原因' }],
      })
      : json(pregnancyDetail(), 201)))
    renderForm()
    await screen.findByText('马秀英 · 640502********1226 · 黑林村')
    const lmp = addDays(todayIso(), -60)!
    typeDate(screen.getByLabelText('末次月经'), lmp)
    expect(formItemOf(screen.getByLabelText('年龄说明'))?.classList.contains('ant-form-item-hidden')).toBe(true)
    fireEvent.click(screen.getByRole('button', { name: /登记孕情/ }))

    const error = await screen.findByText('末次月经时她 52 岁（不满 14 岁或 50 岁及以上），须说明原因')
    expect(formItemOf(error)).toBe(formItemOf(screen.getByLabelText('年龄说明')))
    await waitFor(() => expect(formItemOf(screen.getByLabelText('年龄说明'))?.classList.contains('ant-form-item-hidden')).toBe(false))
    fireEvent.change(screen.getByLabelText('年龄说明'), { target: { value: '辅助生殖，已在区医院建档' } })
    fireEvent.click(screen.getByRole('button', { name: /登记孕情/ }))

    expect(await screen.findByText('pregnancy page', {}, { timeout: 5000 })).toBeTruthy()
    expect(await posts[1].json()).toEqual({ personId: 1203, lmp, ageReason: '辅助生殖，已在区医院建档', riskFactors: [] })
  })

  it('lets a town officer name the responsible village worker', async () => {
    signInAs(['TOWN_OFFICER'])
    stubRegistration((request) => json({
      items: path(request) === '/api/users'
        ? [{
          id: 8, username: 'village', displayName: '李娟', roles: ['VILLAGE_WORKER'], orgUnitId: 5, orgUnitName: '黑林村',
          enabled: true, locked: false, createdAt: '2018-01-01T00:00:00+08:00',
        }]
        : [],
      page: 0, size: 50, total: 1,
    }))
    renderForm()
    const worker = await screen.findByLabelText('责任专干')
    fireEvent.mouseDown(worker)
    expect(await screen.findByTitle('李娟（village）')).toBeTruthy()
  })
})
