import { describe, expect, it } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/react'
import { json, problem, renderApp, signInAs, stubFetch } from '../../../test/render'
import { path, personView, TOWN_TREE } from '../../../test/register-fixtures'
import { birthDetail } from './birth-fixtures'
import { SubmitBirthRegistrationDialog } from './SubmitBirthRegistrationDialog'

function formItemOf(element: HTMLElement): HTMLElement {
  const item = element.closest<HTMLElement>('.ant-form-item')
  if (!item) throw new Error('not inside a form item')
  return item
}

/** The register as the person search answers: one woman and one man. */
function register(request: Request) {
  const url = new URL(request.url)
  if (url.searchParams.get('sex') === 'FEMALE') return json({ items: [personView()], page: 0, size: 20, total: 1 })
  return json({
    items: [personView({ id: 1202, name: '马建国', sex: 'MALE', idNumber: '640502********1213', relation: 'HEAD' })],
    page: 0, size: 20, total: 1,
  })
}

async function pick(dialog: HTMLElement, label: string, text: string, option: string) {
  fireEvent.change(within(dialog).getByLabelText(label), { target: { value: text } })
  fireEvent.click(await screen.findByTitle(option))
}

const submitted: number[] = []

async function openForm() {
  renderApp(<SubmitBirthRegistrationDialog onClose={() => {}} onSubmitted={(detail) => submitted.push(detail.id)} />)
  return screen.findByRole('dialog')
}

function fillDate(dialog: HTMLElement, label: string, value: string) {
  const input = within(dialog).getByLabelText(label)
  fireEvent.mouseDown(input)
  fireEvent.change(input, { target: { value } })
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' })
}

describe('SubmitBirthRegistrationDialog', () => {
  it('picks the couple from the register, proposes the child order from her children and sends the application', async () => {
    signInAs(['VILLAGE_WORKER'])
    const posts: Request[] = []
    const hints: URL[] = []
    stubFetch(async (request) => {
      const where = path(request)
      if (where === '/api/org-units/tree') return json(TOWN_TREE)
      if (where === '/api/persons') return register(request)
      if (where === '/api/birth-registrations/child-order') {
        hints.push(new URL(request.url))
        return json({ motherId: 1203, childrenInRegister: 2, childOrder: 3, kind: 'APPROVAL' })
      }
      if (request.method === 'POST') {
        posts.push(request)
        return json(birthDetail({ kind: 'APPROVAL', childOrder: 3 }), 201)
      }
      return json({ items: [], page: 0, size: 20, total: 0 })
    })
    const dialog = await openForm()
    await pick(dialog, '女方', '马秀英', '马秀英 · 640502********1226 · 黑林村')

    const childOrder = within(dialog).getByLabelText('生育孩次') as HTMLInputElement
    await expect.poll(() => childOrder.value).toBe('3')
    expect(hints[0].searchParams.get('motherId')).toBe('1203')
    expect(formItemOf(childOrder).textContent).toContain('户籍登记在册子女 2 人，本次为第 3 孩')
    expect(formItemOf(childOrder).textContent).toContain('按孩次办理：再生育审批')
    expect(formItemOf(within(dialog).getByLabelText('孩次说明')).classList.contains('ant-form-item-hidden')).toBe(true) // the register's order

    await pick(dialog, '男方', '马建国', '马建国 · 640502********1213 · 黑林村')
    fillDate(dialog, '结婚日期', '2012-10-01')
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定/ }))

    await expect.poll(() => posts.length).toBe(1)
    expect(await posts[0].json()).toEqual({ motherId: 1203, fatherId: 1202, marriageDate: '2012-10-01', childOrder: 3, channel: 'OFFICE' })
    await expect.poll(() => submitted).toEqual([1005])
  })

  it('lets the child order be corrected and puts the server\'s field errors under the fields', async () => {
    signInAs(['TOWN_OFFICER'])
    const posts: Request[] = []
    stubFetch(async (request) => {
      const where = path(request)
      if (where === '/api/org-units/tree') return json(TOWN_TREE)
      if (where === '/api/persons') return register(request)
      if (where === '/api/birth-registrations/child-order') return json({ motherId: 1203, childrenInRegister: 0, childOrder: 1, kind: 'REGISTRATION' })
      if (request.method === 'POST') {
        posts.push(request)
        return problem({
          status: 400, title: '输入有误', detail: 'marriageDate: 须晚于 马秀英 的出生日期（1990-03-07）',
          errors: [{ field: 'marriageDate', message: '须晚于 马秀英 的出生日期（1990-03-07）' }],
        })
      }
      return json({ items: [], page: 0, size: 20, total: 0 })
    })
    const dialog = await openForm()
    await pick(dialog, '女方', '马秀英', '马秀英 · 640502********1226 · 黑林村')
    const childOrder = within(dialog).getByLabelText('生育孩次') as HTMLInputElement
    await expect.poll(() => childOrder.value).toBe('1')
    fireEvent.change(childOrder, { target: { value: '2' } })
    const reason = within(dialog).getByLabelText('孩次说明')
    await expect.poll(() => formItemOf(reason).classList.contains('ant-form-item-hidden')).toBe(false) // another order: say why
    fireEvent.change(reason, { target: { value: '长子随前夫户籍在外省' } })
    await pick(dialog, '男方', '马建国', '马建国 · 640502********1213 · 黑林村')
    fillDate(dialog, '结婚日期', '1989-10-01')
    fireEvent.click(within(dialog).getByRole('radio', { name: '网上申请' }))
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定/ }))

    const fieldError = await within(dialog).findByText('须晚于 马秀英 的出生日期（1990-03-07）')
    expect(formItemOf(fieldError)).toBe(formItemOf(within(dialog).getByLabelText('结婚日期')))
    expect(await posts[0].json()).toMatchObject({ childOrder: 2, childOrderReason: '长子随前夫户籍在外省', channel: 'ONLINE', marriageDate: '1989-10-01' })
  })
})
