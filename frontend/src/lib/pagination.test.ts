import { describe, expect, it } from 'vitest'
import { serverPagination } from './pagination'
import { zhCN, type MessageKey } from './messages/zh-CN'

const t = (key: MessageKey, params?: Record<string, string | number>) =>
  zhCN[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params?.[name]))

describe('serverPagination', () => {
  it('turns the 0-based server page into the 1-based table page and shows the total', () => {
    const p = serverPagination({ page: 2, size: 20, total: 57 }, 20, () => {}, t)
    expect(p.current).toBe(3)
    expect(p.showTotal?.(57, [41, 57])).toBe('共 57 条')
  })

  it('says when the server stopped counting, so the user narrows the search', () => {
    const p = serverPagination({ page: 0, size: 20, total: 1000, totalCapped: true }, 20, () => {}, t)
    expect(p.showTotal?.(1000, [1, 20])).toBe('1,000+ 条（仅显示前 1,000 条，请缩小查询范围）')
  })

  it('shows a long list capped at 10 000 as "10,000+" and pages through all of them', () => {
    const p = serverPagination({ page: 0, size: 20, total: 10000, totalCapped: true }, 20, () => {}, t)
    expect(p.showTotal?.(10000, [1, 20])).toBe('10,000+ 条（仅显示前 10,000 条，请缩小查询范围）')
    expect(p.total).toBe(10000)
    expect(serverPagination({ page: 0, size: 20, total: 12345 }, 20, () => {}, t).showTotal?.(12345, [1, 20])).toBe('共 12,345 条')
  })
})
