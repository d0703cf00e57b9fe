import { describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/react'
import { Route, Routes } from 'react-router'
import type { BirthRegistrationDetail, Role } from '../../../api/types'
import { json, renderApp, signInAs, stubFetch } from '../../../test/render'
import { path } from '../../../test/register-fixtures'
import { birthDetail } from './birth-fixtures'
import { BirthCertificatePage } from './BirthCertificatePage'

const REGISTERED = birthDetail({ status: 'REGISTERED', number: '2018-640502101-0007', decidedOn: '2018-02-22', deadline: undefined })

function renderCertificate(roles: Role[], detail: BirthRegistrationDetail = REGISTERED) {
  signInAs(roles)
  const reveals: Request[] = []
  stubFetch(async (request) => {
    if (request.method === 'POST') {
      reveals.push(request.clone())
      const id = Number(path(request).split('/')[3])
      return json({ id, idNumber: id === 1202 ? '640502198805021213' : '640502199003071226' })
    }
    return json(detail)
  })
  renderApp(
    <Routes><Route path="/birth-registrations/:id/print" element={<BirthCertificatePage />} /></Routes>,
    '/birth-registrations/1005/print',
  )
  return reveals
}

describe('BirthCertificatePage', () => {
  it('prints the 生育服务登记证 with its number, the couple with masked ID numbers and the issuing town', async () => {
    const print = vi.fn()
    vi.stubGlobal('print', print)
    renderCertificate(['AUDITOR'])
    const certificate = await screen.findByRole('article')
    expect(within(certificate).getByRole('heading', { name: '生育服务登记证' })).toBeTruthy()
    expect(within(certificate).getByText('编号：2018-640502101-0007')).toBeTruthy()
    expect(within(certificate).getByText('经审核，下列夫妻符合规定，准予办理第 2 孩生育登记。')).toBeTruthy()
    expect(within(certificate).getByText('640502********1226')).toBeTruthy()
    expect(within(certificate).getByText('文昌镇黑林村')).toBeTruthy()
    expect(within(certificate).getByText(/文昌镇人民政府/)).toBeTruthy()
    expect(within(certificate).getByText('2018 年 2 月 22 日')).toBeTruthy()
    expect(screen.queryByRole('button', { name: /显示完整身份证号/ })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: /打\s*印/ }))
    expect(print).toHaveBeenCalledOnce()
  })

  it('shows the full ID numbers only after an audited reveal with its purpose', async () => {
    const reveals = renderCertificate(['TOWN_OFFICER'])
    await screen.findByRole('article')
    fireEvent.click(screen.getByRole('button', { name: /显示完整身份证号/ }))
    const dialog = await screen.findByRole('dialog')
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定/ }))

    const certificate = screen.getByRole('article')
    expect(await within(certificate).findByText('640502199003071226')).toBeTruthy()
    expect(within(certificate).getByText('640502198805021213')).toBeTruthy()
    expect(reveals.map(path).sort()).toEqual(['/api/persons/1202/identity', '/api/persons/1203/identity'])
    expect(await reveals[0].json()).toEqual({ purpose: '打印生育服务证件' })
  })

  it('titles a rejected approval 再生育审批决定书 with the refusal', async () => {
    renderCertificate(['TOWN_OFFICER'], birthDetail({ kind: 'APPROVAL', status: 'REJECTED', childOrder: 3, decidedOn: '2018-03-01', decisionReason: '不符合再生育规定条件' }))
    const certificate = await screen.findByRole('article')
    expect(within(certificate).getByRole('heading', { name: '再生育审批决定书' })).toBeTruthy()
    expect(within(certificate).getByText('经审核，下列夫妻申请生育第 3 孩不符合规定条件，不予批准。')).toBeTruthy()
  })

  it('has no certificate for an application still open', async () => {
    renderCertificate(['TOWN_OFFICER'], birthDetail())
    expect(await screen.findByText('待审核')).toBeTruthy()
    expect(screen.queryByRole('article')).toBeNull()
    expect(screen.queryByRole('button', { name: /打\s*印/ })).toBeNull()
  })
})
