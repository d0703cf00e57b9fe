import { describe, expect, it } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/react'
import type { OrgUnitNode } from '../../../api/types'
import { json, renderApp, signInAs, stubFetch } from '../../../test/render'
import { OrgUnitsPage } from './OrgUnitsPage'

const unit = (id: number, parentId: number | undefined, name: string, level: OrgUnitNode['level'], version: number,
  children: OrgUnitNode[] = []): OrgUnitNode => ({ id, parentId, code: `64${id}`, name, level, path: `/${id}/`, version, children })

const TREE = unit(3, undefined, '沙坡头区', 'DISTRICT', 0, [unit(4, 3, '文昌镇', 'TOWN', 3, [unit(5, 4, '黑林村', 'VILLAGE', 1)])])

describe('OrgUnitsPage', () => {
  it('renames the chosen unit, sending the version it was read at', async () => {
    signInAs(['ADMIN'])
    const writes: Request[] = []
    stubFetch((request) => {
      if (request.method === 'GET') return json(TREE)
      writes.push(request)
      return json({ ...unit(4, 3, '文昌街道', 'TOWN', 4), children: undefined })
    })
    renderApp(<OrgUnitsPage />)
    fireEvent.click(await screen.findByText('文昌镇'))
    fireEvent.click(screen.getByRole('button', { name: /重命名/ }))
    const dialog = await screen.findByRole('dialog')
    fireEvent.change(within(dialog).getByLabelText('名称'), { target: { value: '文昌街道' } })
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定/ }))

    expect(await screen.findByText('已保存')).toBeTruthy()
    expect(writes).toHaveLength(1)
    expect(writes[0].method).toBe('PUT')
    expect(new URL(writes[0].url).pathname).toBe('/api/org-units/4')
    expect(writes[0].headers.get('If-Match')).toBe('"3"')
    expect(await writes[0].json()).toMatchObject({ name: '文昌街道' })
  })

  it('offers no changes to someone who is not an administrator', async () => {
    signInAs(['TOWN_OFFICER'])
    stubFetch(() => json(TREE))
    renderApp(<OrgUnitsPage />)
    expect(await screen.findByText('文昌镇')).toBeTruthy()
    expect(screen.queryByRole('button', { name: /重命名/ })).toBeNull()
  })
})
