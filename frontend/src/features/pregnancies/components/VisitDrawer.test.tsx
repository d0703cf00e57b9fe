import { describe, expect, it } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/react'
import { todayIso } from '../../../lib/format'
import { json, problem, renderApp, signInAs, stubFetch } from '../../../test/render'
import { visitView } from '../../../test/pregnancy-fixtures'
import { path } from '../../../test/register-fixtures'
import { VisitDrawer } from './VisitDrawer'

const formItemOf = (element: HTMLElement) => element.closest('.ant-form-item')

function stubVisits(answer: (request: Request) => Response) {
  const posts: Request[] = []
  stubFetch((request) => {
    if (path(request) === '/api/risk-factors') return json([{ code: 'HYPERTENSION', name: '妊娠期高血压', level: 'HIGH' }])
    posts.push(request)
    return answer(request)
  })
  return posts
}

describe('VisitDrawer', () => {
  it('asks a pregnancy check for weight and blood pressure instead of a condition, and puts the server\'s field error there', async () => {
    signInAs(['VILLAGE_WORKER'])
    const posts = stubVisits(() => problem({
      status: 400, title: 'Invalid input', errors: [{ field: 'findings.weightKg', message: '此类随访必须填写' }],
    }))
    renderApp(<VisitDrawer target={{ pregnancyId: 1001, womanName: '马秀英' }} onClose={() => {}} />)
    const drawer = await screen.findByRole('dialog')
    expect(within(drawer).getByLabelText('孕妇情况')).toBeTruthy()
    fireEvent.mouseDown(within(drawer).getByLabelText('随访类型'))
    fireEvent.click(await screen.findByTitle('孕期检查'))

    expect(await within(drawer).findByLabelText('体重（kg）')).toBeTruthy()
    expect(within(drawer).queryByLabelText('孕妇情况')).toBeNull()
    expect(within(drawer).getByLabelText('胎心率（次/分）')).toBeTruthy()
    fireEvent.change(within(drawer).getByLabelText('体重（kg）'), { target: { value: '61.5' } })
    fireEvent.change(within(drawer).getByLabelText('收缩压'), { target: { value: '118' } })
    fireEvent.change(within(drawer).getByLabelText('舒张压'), { target: { value: '76' } })
    fireEvent.click(within(drawer).getByRole('button', { name: /保\s*存/ }))

    const error = await within(drawer).findByText('此类随访必须填写')
    expect(formItemOf(error)).toBe(formItemOf(within(drawer).getByLabelText('体重（kg）')))
    expect(await posts[0].json()).toEqual({
      pregnancyId: 1001, kind: 'PREGNANCY_CHECK', date: todayIso(), findings: { weightKg: 61.5, systolic: 118, diastolic: 76 },
    })
  })

  it('warns when the visit counts for no follow-up: an extra one in a period already done', async () => {
    signInAs(['VILLAGE_WORKER'])
    stubVisits(() => json(visitView({ id: 3002, kind: 'ULTRASOUND', placement: 'EXTRA' }), 201))
    renderApp(<VisitDrawer target={{ pregnancyId: 1001, kind: 'ULTRASOUND' }} onClose={() => {}} />)
    const drawer = await screen.findByRole('dialog')
    fireEvent.change(within(drawer).getByLabelText('孕周（周）'), { target: { value: '22' } })
    fireEvent.change(within(drawer).getByLabelText('胎儿数'), { target: { value: '1' } })
    fireEvent.click(within(drawer).getByRole('button', { name: /保\s*存/ }))
    expect(await screen.findByText('本时段的B超已完成，本次记为额外随访')).toBeTruthy()
  })
})
