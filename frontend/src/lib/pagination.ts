// The one way a table shows a server page ({items, page, size, total}): 0-based pages on the server, 1-based in antd.
import type { TablePaginationConfig } from 'antd'
import type { Translate } from './i18n'

interface ServerPage {
  page: number
  size: number
  total: number
  totalCapped?: boolean
}

export function serverPagination(page: ServerPage | undefined, fallbackSize: number,
  onChange: (page: number, size: number) => void, t: Translate): TablePaginationConfig {
  return {
    current: (page?.page ?? 0) + 1,
    pageSize: page?.size ?? fallbackSize,
    total: page?.total ?? 0,
    showSizeChanger: true,
    // a capped total (a long list stops counting) is the part that can be paged: "10,000+ 条"
    showTotal: (total) => t(page?.totalCapped ? 'common.totalCapped' : 'common.total', { total: total.toLocaleString('zh-CN') }),
    onChange: (current, size) => onChange(current - 1, size),
  }
}
