import { describe, expect, it } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/react'
import { Route, Routes } from 'react-router'
import type { PrepregnancyCheckDetail } from '../../../api/types'
import { json, renderApp, signInAs, stubFetch } from '../../../test/render'
import { path, TOWN_TREE } from '../../../test/register-fixtures'
import { PrepregnancyCheckDetailPage } from './PrepregnancyCheckDetailPage'

function detail(patch: Partial<PrepregnancyCheckDetail['check']> = {}): PrepregnancyCheckDetail {
  return {
    check: {
      id: 51, orgUnitId: 5, checkDate: '2018-05-14',
      wife: { personId: 1203, name: '马秀英', idNumber: '640502********1226', ageAtCheck: 28 },
      husband: { personId: 1202, name: '马建国', idNumber: '640502********1213', ageAtCheck: 30 },
      riskLevel: 'HIGH', riskFactors: ['INFECTIOUS_DISEASE'], institution: '文昌镇卫生院',
      recordedByName: '黑林村计生专干', status: 'VALID', version: 2, ...patch,
    },
    results: {
      wife: { bloodType: 'O', hbsag: 'ABNORMAL', syphilis: 'NORMAL', hiv: 'NORMAL', bloodGlucose: 'NORMAL', tsh: 'NOT_DONE', rubellaIgg: 'NORMAL' },
      husband: { bloodType: 'A', hbsag: 'NORMAL', syphilis: 'NORMAL', hiv: 'NORMAL', bloodGlucose: 'NORMAL' },
    },
    advice: '转诊上级医院',
    recordedBy: 'village',
    recordedAt: '2018-05-14T08:30:00Z',
  }
}

function renderDetail() {
  renderApp(
    <Routes><Route path="/prepregnancy-checks/:id" element={<PrepregnancyCheckDetailPage />} /></Routes>,
    '/prepregnancy-checks/51',
  )
}

describe('PrepregnancyCheckDetailPage', () => {
  it('shows the couple, each partner\'s results and the risk, and voids the check with the reason and its version', async () => {
    signInAs(['VILLAGE_WORKER'])
    const voids: Request[] = []
    stubFetch((request) => {
      if (path(request) === '/api/org-units/tree') return json(TOWN_TREE)
      if (path(request) === '/api/prepregnancy-checks/risk-factors') return json([{ code: 'INFECTIOUS_DISEASE', name: '感染性疾病', nameEn: 'x' }])
      if (request.method === 'POST') {
        voids.push(request)
        return json({ ...detail({ status: 'VOIDED', version: 3 }), voidReason: '录错丈夫', voidedBy: 'village', voidedAt: '2018-05-15T01:00:00Z' })
      }
      return json(detail())
    })
    renderDetail()
    expect(await screen.findByText('马秀英（28岁）640502********1226')).toBeTruthy()
    const hbsag = screen.getByText('乙肝表面抗原').closest('tr') as HTMLElement
    expect([...hbsag.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual(['乙肝表面抗原', '异常', '正常'])
    const tsh = screen.getByText('促甲状腺激素（TSH）').closest('tr') as HTMLElement
    expect([...tsh.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual(['促甲状腺激素（TSH）', '未检', '—'])
    expect(await screen.findByText('感染性疾病')).toBeTruthy()

    fireEvent.click(screen.getByText('作 废'))
    const dialog = await screen.findByRole('dialog')
    fireEvent.change(within(dialog).getByLabelText('作废原因'), { target: { value: '录错丈夫' } })
    fireEvent.click(dialog.querySelector('.ant-modal-footer .ant-btn-primary') as HTMLElement)
    expect(await screen.findByText('检查记录已作废')).toBeTruthy()
    expect(voids[0].headers.get('If-Match')).toBe('"2"')
    expect(new URL(voids[0].url).pathname).toBe('/api/prepregnancy-checks/51/void')
    expect(await voids[0].json()).toEqual({ reason: '录错丈夫' })
    expect(await screen.findByText('录错丈夫')).toBeTruthy()
    expect(screen.queryByText('作 废')).toBeNull()
  })

  it('offers no void to a reader', async () => {
    signInAs(['AUDITOR'])
    stubFetch((request) => (path(request) === '/api/org-units/tree' ? json(TOWN_TREE) : json(detail())))
    renderDetail()
    expect(await screen.findByText('马建国（30岁）640502********1213')).toBeTruthy()
    expect(screen.queryByText('作 废')).toBeNull()
  })
})
