import { describe, expect, it } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/react'
import { json, problem, renderApp, signInAs, stubFetch } from '../../test/render'
import type { PersonDetail } from '../../api/types'
import { path, personView, TOWN_TREE } from '../../test/register-fixtures'
import { CreatePersonDialog, EditPersonDialog } from './PersonFormDialog'

function formItemOf(element: HTMLElement): HTMLElement {
  const item = element.closest<HTMLElement>('.ant-form-item')
  if (!item) throw new Error('not inside a form item')
  return item
}

describe('PersonFormDialog', () => {
  it('checks the ID number as it is typed and explains a wrong check character under 身份证号', async () => {
    signInAs(['VILLAGE_WORKER'])
    stubFetch(() => json(TOWN_TREE))
    renderApp(<CreatePersonDialog onClose={() => {}} />)
    const dialog = await screen.findByRole('dialog')
    const idNumber = within(dialog).getByLabelText('身份证号')
    fireEvent.change(idNumber, { target: { value: '530102192005080119' } })

    const message = await within(dialog).findByText('校验位错误，请核对号码')
    expect(formItemOf(message)).toBe(formItemOf(idNumber))
    expect((within(dialog).getByLabelText('出生日期') as HTMLInputElement).value).toBe('')
  })

  it('fills in birth date and sex from a valid ID number, read-only', async () => {
    signInAs(['VILLAGE_WORKER'])
    stubFetch(() => json(TOWN_TREE))
    renderApp(<CreatePersonDialog onClose={() => {}} />)
    const dialog = await screen.findByRole('dialog')
    fireEvent.change(within(dialog).getByLabelText('身份证号'), { target: { value: '53010219200508011X' } })

    const birthDate = within(dialog).getByLabelText('出生日期') as HTMLInputElement
    const sex = within(dialog).getByLabelText('性别') as HTMLInputElement
    await expect.poll(() => birthDate.value).toBe('1920-05-08')
    expect(sex.value).toBe('男')
    expect(birthDate.readOnly && sex.readOnly).toBe(true)
    expect(within(dialog).queryByText('校验位错误，请核对号码')).toBeNull()
  })

  it('offers the relation to the head when opened from a household, HEAD first while it has none', async () => {
    signInAs(['VILLAGE_WORKER'])
    stubFetch(() => json(TOWN_TREE))
    renderApp(<CreatePersonDialog household={{ id: 1001, code: 'HL-0012', hasHead: false }} onClose={() => {}} />)
    const dialog = await screen.findByRole('dialog')
    expect((within(dialog).getByLabelText('所属户') as HTMLInputElement).value).toBe('HL-0012')
    expect(formItemOf(within(dialog).getByLabelText('与户主关系')).textContent).toContain('户主')
    expect(within(dialog).queryByLabelText('村居')).toBeNull()
  })
})

describe('PersonFormDialog submit', () => {
  it('sends the person with what the ID number says, and puts the server\'s field errors on the fields', async () => {
    signInAs(['VILLAGE_WORKER'])
    const posts: Request[] = []
    stubFetch(async (request) => {
      if (request.method === 'GET') return json(TOWN_TREE)
      posts.push(request)
      return problem({
        status: 400, title: 'Invalid input', detail: '1 field is invalid',
        errors: [{ field: 'create.body.phone', message: '号码已停用' }],
      })
    })
    renderApp(<CreatePersonDialog household={{ id: 1001, code: 'HL-0012', hasHead: true }} onClose={() => {}} />)
    const dialog = await screen.findByRole('dialog')
    fireEvent.change(within(dialog).getByLabelText('姓名'), { target: { value: '马秀英' } })
    fireEvent.change(within(dialog).getByLabelText('身份证号'), { target: { value: '53010219200508011x' } })
    await within(dialog).findByDisplayValue('1920-05-08') // the birth date follows the ID number
    fireEvent.change(within(dialog).getByLabelText('联系电话'), { target: { value: '13912341234' } })
    fireEvent.mouseDown(within(dialog).getByLabelText('与户主关系'))
    fireEvent.click(await screen.findByTitle('配偶'))
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定/ }))

    const fieldError = await within(dialog).findByText('号码已停用')
    expect(formItemOf(fieldError)).toBe(formItemOf(within(dialog).getByLabelText('联系电话')))
    expect(posts).toHaveLength(1)
    expect(await posts[0].json()).toMatchObject({
      name: '马秀英', idNumber: '53010219200508011x', birthDate: '1920-05-08', sex: 'MALE',
      phone: '13912341234', householdId: 1001, relation: 'SPOUSE', residenceStatus: 'REGISTERED',
    })
  })
})

describe('EditPersonDialog', () => {
  const person: PersonDetail = { ...personView({ householdId: undefined, relation: undefined }), ethnicityCode: '03' }

  async function submitted(change?: (dialog: HTMLElement) => void): Promise<Record<string, unknown>> {
    signInAs(['VILLAGE_WORKER'])
    const requests: Request[] = []
    stubFetch(async (request) => {
      requests.push(request)
      return json(request.method === 'PUT' ? person : TOWN_TREE)
    })
    renderApp(<EditPersonDialog person={person} onClose={() => {}} />)
    const dialog = await screen.findByRole('dialog')
    change?.(dialog)
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定/ }))
    await expect.poll(() => requests.filter((r) => r.method === 'PUT').length).toBe(1)
    expect(requests.some((r) => path(r).endsWith('/identity'))).toBe(false) // no audited reveal just to edit
    return requests.find((r) => r.method === 'PUT')!.json()
  }

  it('shows the ID number and phone masked and leaves them out of the update when they are not changed', async () => {
    const body = await submitted((dialog) => {
      expect((within(dialog).getByLabelText('身份证号') as HTMLInputElement).value).toBe('640502********1226')
      expect((within(dialog).getByLabelText('出生日期') as HTMLInputElement).value).toBe('1990-03-07')
      expect((within(dialog).getByLabelText('联系电话') as HTMLInputElement).value).toBe('139****1234')
      fireEvent.change(within(dialog).getByLabelText('姓名'), { target: { value: '马秀兰' } })
    })
    expect(body).toMatchObject({ name: '马秀兰', orgUnitId: 5 })
    expect(body).not.toHaveProperty('idNumber')
    expect(body).not.toHaveProperty('phone')
  })

  it('sends an emptied phone as empty, which clears it', async () => {
    expect(await submitted((dialog) => fireEvent.change(within(dialog).getByLabelText('联系电话'), { target: { value: '' } })))
      .toMatchObject({ phone: '' })
  })
})
