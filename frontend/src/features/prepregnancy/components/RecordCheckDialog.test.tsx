import { describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/react'
import type { PrepregnancyCheckDetail, RiskFactorView } from '../../../api/types'
import { todayIso } from '../../../lib/format'
import { json, problem, renderApp, signInAs, stubFetch } from '../../../test/render'
import { path, personView, TOWN_TREE } from '../../../test/register-fixtures'
import { RecordCheckDialog } from './RecordCheckDialog'

const FACTORS: RiskFactorView[] = [
  { code: 'ADVANCED_AGE', name: '高龄', nameEn: 'Advanced age' },
  { code: 'INFECTIOUS_DISEASE', name: '感染性疾病', nameEn: 'Infectious disease' },
]
const WIFE = personView({ id: 1203, name: '马秀英', sex: 'FEMALE' })
const HUSBAND = personView({ id: 1202, name: '马建国', sex: 'MALE', relation: 'HEAD', idNumber: '640502********1213' })

function detail(): PrepregnancyCheckDetail {
  const partner = { idNumber: '640502********1226', ageAtCheck: 28 }
  return {
    check: {
      id: 51, orgUnitId: 5, checkDate: '2018-05-14', wife: { personId: 1203, name: '马秀英', ...partner },
      husband: { personId: 1202, name: '马建国', ...partner }, riskLevel: 'LOW', riskFactors: [], institution: '文昌镇卫生院',
      recordedByName: '黑林村计生专干', status: 'VALID', version: 0,
    },
    results: {
      wife: { bloodType: 'O', hbsag: 'NORMAL', syphilis: 'NORMAL', hiv: 'NORMAL', bloodGlucose: 'NORMAL', tsh: 'NORMAL', rubellaIgg: 'NORMAL' },
      husband: { bloodType: 'A', hbsag: 'NORMAL', syphilis: 'NORMAL', hiv: 'NORMAL', bloodGlucose: 'NORMAL' },
    },
    recordedBy: 'village',
    recordedAt: '2018-05-14T08:30:00Z',
  }
}

/** The register: women for a FEMALE search, men for a MALE one; the dictionary; the tree; writes go to `onPost`. */
function server(onPost: (request: Request) => Response | Promise<Response>) {
  return stubFetch((request) => {
    const url = new URL(request.url)
    if (request.method === 'POST') return onPost(request)
    if (path(request) === '/api/org-units/tree') return json(TOWN_TREE)
    if (path(request) === '/api/prepregnancy-checks/risk-factors') return json(FACTORS)
    if (path(request) === '/api/persons') {
      const items = url.searchParams.get('sex') === 'FEMALE' ? [WIFE] : [HUSBAND]
      return json({ items, page: 0, size: 20, total: 1 })
    }
    return json({})
  })
}

function formItemOf(element: HTMLElement): HTMLElement {
  const item = element.closest<HTMLElement>('.ant-form-item')
  if (!item) throw new Error('not inside a form item')
  return item
}

async function pickPerson(dialog: HTMLElement, label: string, typed: string, name: string) {
  fireEvent.change(within(dialog).getByLabelText(label), { target: { value: typed } })
  fireEvent.click(await screen.findByText((text) => text.startsWith(`${name} ·`)))
}

/** Opens the select and picks the option in the list just opened (an earlier select's list stays in the page, hidden). */
async function pickOption(dialog: HTMLElement, label: string, option: string) {
  fireEvent.mouseDown(within(dialog).getByLabelText(label))
  const options = await screen.findAllByTitle(option)
  fireEvent.click(options[options.length - 1])
}

// Queries by label and text, not by role: *ByRole computes accessible names over the whole dialog, seconds in jsdom.
function radio(dialog: HTMLElement, group: string, option: string): HTMLElement {
  return within(within(dialog).getByLabelText(group)).getByText(option)
}

function submit(dialog: HTMLElement) {
  const ok = dialog.querySelector<HTMLElement>('.ant-modal-footer .ant-btn-primary')
  if (!ok) throw new Error('no OK button')
  fireEvent.click(ok)
}

/** The dialog holds some forty controls: on a busy 2-core machine one test takes 10–20 s in jsdom. */
const SLOW = 60_000

describe('RecordCheckDialog', () => {
  it('proposes the server\'s today as the check date, not the browser\'s', { timeout: SLOW }, async () => {
    vi.stubEnv('TZ', 'UTC') // a browser in another zone, its clock a week behind: 1 March 18:00 UTC (2 March in Shanghai)
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-03-01T18:00:00Z'))
    try {
      signInAs(['VILLAGE_WORKER'], '王芳', '2026-03-09') // the server's today, from the sign-in answer
      server(() => json(detail(), 201))
      renderApp(<RecordCheckDialog onClose={() => {}} />)
      const dialog = await screen.findByRole('dialog')
      expect(within(dialog).getByLabelText<HTMLInputElement>('检查日期').value).toBe('2026-03-09')
    } finally {
      vi.useRealTimers()
      vi.unstubAllEnvs()
    }
  })

  it('records the couple picked from the register with their results, a HIGH risk with its factor and the advice', { timeout: SLOW }, async () => {
    signInAs(['VILLAGE_WORKER'])
    const posts: Request[] = []
    server((request) => {
      posts.push(request)
      return json(detail(), 201)
    })
    renderApp(<RecordCheckDialog onClose={() => {}} />)
    const dialog = await screen.findByRole('dialog')
    await pickPerson(dialog, '妻子', '马秀', '马秀英')
    await pickPerson(dialog, '丈夫', '马建', '马建国')
    fireEvent.change(within(dialog).getByLabelText('检查机构'), { target: { value: '文昌镇卫生院' } })
    await pickOption(dialog, '妻子 血型', 'O型')
    await pickOption(dialog, '丈夫 血型', 'AB型')
    fireEvent.click(radio(dialog, '妻子 乙肝表面抗原', '异常'))
    fireEvent.click(radio(dialog, '丈夫 血糖', '未检'))
    fireEvent.change(within(dialog).getByLabelText('妻子 备注'), { target: { value: '乙肝表面抗原阳性' } })
    expect(within(dialog).queryByText('感染性疾病')).toBeNull()
    fireEvent.click(within(dialog).getByText('高风险'))
    fireEvent.click(await within(dialog).findByText('感染性疾病'))
    fireEvent.change(within(dialog).getByLabelText('指导建议'), { target: { value: '转诊上级医院' } })
    submit(dialog)

    expect(await screen.findByText('已登记检查', {}, { timeout: 5000 })).toBeTruthy()
    expect(posts).toHaveLength(1)
    expect(await posts[0].json()).toEqual({
      wifeId: 1203,
      husbandId: 1202,
      checkDate: todayIso(),
      institution: '文昌镇卫生院',
      results: {
        wife: {
          bloodType: 'O', hbsag: 'ABNORMAL', syphilis: 'NORMAL', hiv: 'NORMAL', bloodGlucose: 'NORMAL', tsh: 'NORMAL',
          rubellaIgg: 'NORMAL', note: '乙肝表面抗原阳性',
        },
        husband: { bloodType: 'AB', hbsag: 'NORMAL', syphilis: 'NORMAL', hiv: 'NORMAL', bloodGlucose: 'NOT_DONE' },
      },
      riskLevel: 'HIGH',
      riskFactors: ['INFECTIOUS_DISEASE'],
      advice: '转诊上级医院',
    })
  })

  it('asks for a risk factor when the risk is HIGH, and puts the server\'s field errors under their fields', { timeout: SLOW }, async () => {
    signInAs(['VILLAGE_WORKER'])
    const posts: Request[] = []
    server((request) => {
      posts.push(request)
      return problem({
        status: 400, title: 'Invalid input', detail: '2 fields are invalid',
        errors: [
          { field: 'wifeId', message: '须为女性（马建国 不是女性）' },
          { field: 'results.wife.hiv', message: '须为 NORMAL, ABNORMAL, NOT_DONE 之一' },
        ],
      })
    })
    renderApp(<RecordCheckDialog onClose={() => {}} />)
    const dialog = await screen.findByRole('dialog')
    await pickPerson(dialog, '妻子', '马秀', '马秀英')
    await pickPerson(dialog, '丈夫', '马建', '马建国')
    fireEvent.change(within(dialog).getByLabelText('检查机构'), { target: { value: '文昌镇卫生院' } })
    await pickOption(dialog, '妻子 血型', 'O型')
    await pickOption(dialog, '丈夫 血型', 'AB型')
    fireEvent.click(within(dialog).getByText('高风险'))
    submit(dialog)
    expect(await within(dialog).findByText('高风险须至少选择一项风险因素', {}, { timeout: 5000 })).toBeTruthy()
    expect(posts).toHaveLength(0)

    fireEvent.click(within(dialog).getByText('低风险'))
    submit(dialog)
    const wifeError = await within(dialog).findByText('须为女性（马建国 不是女性）', {}, { timeout: 5000 })
    expect(formItemOf(wifeError)).toBe(formItemOf(within(dialog).getByLabelText('妻子')))
    const hivError = await within(dialog).findByText('须为 NORMAL, ABNORMAL, NOT_DONE 之一')
    expect(formItemOf(hivError)).toBe(formItemOf(within(dialog).getByLabelText('妻子 HIV筛查')))
    expect(await posts[0].json()).toMatchObject({ riskLevel: 'LOW', riskFactors: [] })
  })
})
