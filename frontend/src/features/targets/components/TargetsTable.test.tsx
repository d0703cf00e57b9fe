import { describe, expect, it } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/react'
import type { TargetProgressRow } from '../../../api/types'
import { json, problem, renderApp, signInAs, stubFetch } from '../../../test/render'
import { TargetsTable } from './TargetsTable'

const ROWS: TargetProgressRow[] = [
  { orgUnitId: 5, name: '黑林村', level: 'VILLAGE', targetId: 51, targetVersion: 3, target: 70, done: 35, rate: 0.5 },
  { orgUnitId: 6, name: '东台村', level: 'VILLAGE', done: 4 },
  { orgUnitId: 7, name: '三里桥村', level: 'VILLAGE', targetId: 52, targetVersion: 0, target: 60, done: 63, rate: 1.05 },
]

function row(name: string): HTMLElement {
  const cell = screen.getByText(name)
  const tr = cell.closest('tr')
  if (!tr) throw new Error(`no row for ${name}`)
  return tr
}

describe('TargetsTable', () => {
  it('shows each unit\'s target, what is done and the rate, and nothing to edit for a reader', () => {
    signInAs(['AUDITOR'])
    stubFetch(() => json({}))
    renderApp(<TargetsTable rows={ROWS} kind="PREPREGNANCY_CHECK" year={2018} editable={false} />)
    expect(within(row('黑林村')).getByText('70')).toBeTruthy()
    expect(within(row('黑林村')).getByText('50%')).toBeTruthy()
    expect(within(row('东台村')).getAllByText('未设定')).toHaveLength(2)
    expect(within(row('三里桥村')).getByText('105%')).toBeTruthy()
    expect(screen.queryByRole('spinbutton')).toBeNull()
    expect(screen.queryByRole('button', { name: /保存/ })).toBeNull()
  })

  it('sets a new target with POST and changes an existing one with PUT and its version in If-Match', async () => {
    signInAs(['TOWN_OFFICER'])
    const writes: Request[] = []
    stubFetch((request) => {
      writes.push(request)
      return request.method === 'POST'
        ? json({ id: 60, orgUnitId: 6, kind: 'PREPREGNANCY_CHECK', year: 2018, count: 65, version: 0 }, 201)
        : json({ id: 51, orgUnitId: 5, kind: 'PREPREGNANCY_CHECK', year: 2018, count: 72, version: 4 })
    })
    renderApp(<TargetsTable rows={ROWS} kind="PREPREGNANCY_CHECK" year={2018} editable />)
    const saveDongtai = screen.getByRole('button', { name: '保存 东台村' }) as HTMLButtonElement
    expect(saveDongtai.disabled).toBe(true)

    fireEvent.change(screen.getByLabelText('东台村 目标数'), { target: { value: '65' } })
    await expect.poll(() => saveDongtai.disabled).toBe(false)
    fireEvent.click(saveDongtai)
    expect(await screen.findByText('已保存 东台村 的目标')).toBeTruthy()

    fireEvent.change(screen.getByLabelText('黑林村 目标数'), { target: { value: '72' } })
    const saveHeilin = screen.getByRole('button', { name: '保存 黑林村' }) as HTMLButtonElement
    await expect.poll(() => saveHeilin.disabled).toBe(false)
    fireEvent.click(saveHeilin)
    expect(await screen.findByText('已保存 黑林村 的目标')).toBeTruthy()

    const [created, changed] = writes.filter((request) => request.method !== 'GET')
    expect(created.method).toBe('POST')
    expect(new URL(created.url).pathname).toBe('/api/targets')
    expect(await created.json()).toEqual({ orgUnitId: 6, kind: 'PREPREGNANCY_CHECK', year: 2018, count: 65 })
    expect(changed.method).toBe('PUT')
    expect(new URL(changed.url).pathname).toBe('/api/targets/51')
    expect(changed.headers.get('If-Match')).toBe('"3"')
    expect(await changed.json()).toEqual({ count: 72 })
  })

  it('says why the server refused a target', async () => {
    signInAs(['TOWN_OFFICER'])
    stubFetch(() => problem({ status: 409, title: 'Conflict', detail: '东台村 已有 2018 年的目标，请修改该目标' }))
    renderApp(<TargetsTable rows={ROWS} kind="PREPREGNANCY_CHECK" year={2018} editable />)
    fireEvent.change(screen.getByLabelText('东台村 目标数'), { target: { value: '40' } })
    const save = screen.getByRole('button', { name: '保存 东台村' }) as HTMLButtonElement
    await expect.poll(() => save.disabled).toBe(false)
    fireEvent.click(save)
    expect(await screen.findByText('东台村 已有 2018 年的目标，请修改该目标')).toBeTruthy()
  })
})
