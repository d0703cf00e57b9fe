import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { json, renderApp, signInAs, stubFetch } from '../../../test/render'
import { pregnancyDetail } from '../../../test/pregnancy-fixtures'
import { TOWN_TREE } from '../../../test/register-fixtures'
import { PregnanciesPage } from './PregnanciesPage'

function stubRegister() {
  const reads: URL[] = []
  stubFetch((request) => {
    const url = new URL(request.url)
    if (url.pathname === '/api/org-units/tree') return json(TOWN_TREE)
    reads.push(url)
    return json({ items: [pregnancyDetail().pregnancy], page: 0, size: 20, total: 1 })
  })
  return reads
}

describe('PregnanciesPage', () => {
  it('lists pregnancies with status, risk, gestational age and EDD, and filters by status and name', async () => {
    signInAs(['TOWN_OFFICER'])
    const reads = stubRegister()
    renderApp(<PregnanciesPage />, '/pregnancies')
    const row = (await screen.findByRole('link', { name: '马秀英' })).closest('tr')!
    expect(screen.getByRole('link', { name: '马秀英' }).getAttribute('href')).toBe('/pregnancies/1001')
    expect(within(row).getByText('在孕')).toBeTruthy()
    expect(within(row).getByText('高风险').className).toMatch(/red/)
    expect(within(row).getByText('23周+4天')).toBeTruthy()
    expect(within(row).getByText('2019-02-14')).toBeTruthy()
    expect(await within(row).findByText('黑林村')).toBeTruthy()
    expect(screen.getByRole('button', { name: /登记孕情/ })).toBeTruthy()

    fireEvent.mouseDown(screen.getByLabelText('状态'))
    fireEvent.click(await screen.findByTitle('已分娩'))
    await waitFor(() => expect(reads[reads.length - 1].searchParams.get('status')).toBe('DELIVERED'))
    const name = screen.getByPlaceholderText('孕妇姓名')
    fireEvent.change(name, { target: { value: '马秀' } })
    fireEvent.keyDown(name, { key: 'Enter', code: 'Enter', keyCode: 13 })
    await waitFor(() => expect(reads[reads.length - 1].searchParams.get('q')).toBe('马秀'))
    expect(reads[reads.length - 1].searchParams.get('status')).toBe('DELIVERED')
  })

  it('offers a reader no registration', async () => {
    signInAs(['DISTRICT_OFFICER'])
    stubRegister()
    renderApp(<PregnanciesPage />, '/pregnancies')
    await screen.findByRole('link', { name: '马秀英' })
    expect(screen.queryByRole('button', { name: /登记孕情/ })).toBeNull()
  })
})
