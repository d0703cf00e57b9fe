import { describe, expect, it } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/react'
import type { JobView } from '../../../api/types'
import { json, renderApp, signInAs, stubFetch } from '../../../test/render'
import { path } from '../../../test/register-fixtures'
import { ImportPage } from './ImportPage'

const job = (patch: Partial<JobView>): JobView => ({
  id: 101, kind: 'PERSON_IMPORT', status: 'RUNNING', total: 200, done: 50, errorCount: 0,
  createdBy: 'village', createdAt: '2018-07-01T09:00:00+08:00', ...patch,
})

describe('ImportPage', () => {
  it('shows a running import as a progress bar', async () => {
    signInAs(['VILLAGE_WORKER'])
    const fetch = stubFetch(() => json(job({})))
    renderApp(<ImportPage />, '/imports?job=101')
    const bar = await screen.findByRole('progressbar')
    expect(bar.getAttribute('aria-valuenow')).toBe('25')
    expect(screen.getByText(/进行中/)).toBeTruthy()
    expect(screen.getByText(/已处理 50 \/ 200/)).toBeTruthy()
    expect(path(fetch.mock.calls[0][0])).toBe('/api/imports/101')
  })

  it('shows the rows of a failed import\'s error report', async () => {
    signInAs(['VILLAGE_WORKER'])
    const failed = job({ id: 102, status: 'FAILED', total: 2, done: 2, errorCount: 1, message: '有 1 处错误，未导入任何数据' })
    stubFetch((request) => {
      if (path(request) === '/api/imports/102/errors') {
        return json({
          items: [{ row: 3, column: '身份证号', value: '640502199001010129', message: '校验位错误，请核对号码' }],
          page: 0, size: 20, total: 1,
        })
      }
      return json(failed)
    })
    renderApp(<ImportPage />, '/imports?job=102')
    expect(await screen.findByText('导入失败')).toBeTruthy()
    expect(screen.getByText('有 1 处错误，未导入任何数据')).toBeTruthy()
    const cell = await screen.findByRole('cell', { name: '640502199001010129' })
    const row = within(cell.closest('tr')!)
    expect(row.getByRole('cell', { name: '3' })).toBeTruthy()
    expect(row.getByRole('cell', { name: '身份证号' })).toBeTruthy()
    expect(row.getByRole('cell', { name: '校验位错误，请核对号码' })).toBeTruthy()
    expect(screen.getByRole('button', { name: /下载错误报告/ })).toBeTruthy()
  })

  it('says when an error report was deleted at the end of its retention, and asks for none', async () => {
    signInAs(['VILLAGE_WORKER'])
    const old = job({ id: 104, status: 'FAILED', total: 2, done: 2, errorCount: 1, errorsRemovedAt: '2026-11-05T02:00:00+08:00' })
    const fetch = stubFetch(() => json(old))
    renderApp(<ImportPage />, '/imports?job=104')
    expect(await screen.findByText(/错误明细已于 2026-11-05 .* 按保留期/)).toBeTruthy()
    expect(screen.queryByRole('button', { name: /下载错误报告/ })).toBeNull()
    expect(fetch.mock.calls.map((call) => path(call[0])).filter((p) => p.endsWith('/errors'))).toEqual([])
  })

  it('uploads the chosen file with the mode and follows the job', async () => {
    signInAs(['VILLAGE_WORKER'])
    const posts: Request[] = []
    stubFetch((request) => {
      if (request.method === 'POST') {
        posts.push(request)
        return json(job({ id: 103, status: 'QUEUED', total: 0, done: 0 }), 202)
      }
      return json(job({ id: 103 }))
    })
    renderApp(<ImportPage />, '/imports')
    fireEvent.click(screen.getByRole('button', { name: /下一步/ }))
    const file = new File(['村居,户编号\n'], 'register.csv', { type: 'text/csv' })
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!
    fireEvent.change(input, { target: { files: [file] } })
    expect(await screen.findByText('register.csv')).toBeTruthy()
    fireEvent.click(screen.getByRole('radio', { name: '只导入正确的行' }))
    fireEvent.click(screen.getByRole('button', { name: /开始导入/ }))

    expect(await screen.findByRole('progressbar')).toBeTruthy()
    expect(posts).toHaveLength(1)
    expect(path(posts[0])).toBe('/api/imports')
    const sent = await posts[0].formData()
    expect(sent.get('mode')).toBe('VALID_ROWS_ONLY')
    // jsdom's File loses name and content on its way into Node's Request (a browser sends both): only its part is checked
    expect(sent.has('file')).toBe(true)
  })
})
