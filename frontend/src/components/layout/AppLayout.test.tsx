import { describe, expect, it } from 'vitest'
import { screen } from '@testing-library/react'
import { APP_PAGES } from '../../app/navigation'
import { renderApp, signInAs } from '../../test/render'
import { AppLayout } from './AppLayout'

describe('AppLayout', () => {
  it('shows a village worker no user administration', () => {
    signInAs(['VILLAGE_WORKER'], '李娟')
    renderApp(<AppLayout navigation={APP_PAGES} />)
    expect(screen.getByText('首页')).toBeTruthy()
    expect(screen.queryByText('用户管理')).toBeNull()
    expect(screen.queryByText('审计日志')).toBeNull()
    expect(screen.getByText('李娟')).toBeTruthy()
    expect(screen.getByText('村居计生专干')).toBeTruthy()
    expect(screen.getByText('文昌镇')).toBeTruthy()
  })

  it('shows the system administrator org units, users and the calendar, but no register and no audit log (三员分立)', () => {
    signInAs(['ADMIN'])
    const { unmount } = renderApp(<AppLayout navigation={APP_PAGES} />)
    for (const label of ['组织机构', '用户管理', '工作日历']) expect(screen.getByText(label)).toBeTruthy()
    expect(screen.getByText('系统管理员')).toBeTruthy()
    for (const label of ['审计日志', '户籍管理']) expect(screen.queryByText(label)).toBeNull()
    unmount()
    signInAs(['AUDITOR'])
    renderApp(<AppLayout navigation={APP_PAGES} />)
    expect(screen.getByText('审计日志')).toBeTruthy()
  })

  it('groups the register under 户籍管理, as far as the role reaches', () => {
    signInAs(['VILLAGE_WORKER'])
    renderApp(<AppLayout navigation={APP_PAGES} />)
    for (const label of ['户籍管理', '人员查询', '户管理', '流动人口', '数据导入']) expect(screen.getByText(label)).toBeTruthy()
    expect(screen.queryByText('重复人员审核')).toBeNull()
  })

  it('shows a town officer the duplicate review, an auditor no import', () => {
    signInAs(['TOWN_OFFICER'])
    const { unmount } = renderApp(<AppLayout navigation={APP_PAGES} />)
    expect(screen.getByText('重复人员审核')).toBeTruthy()
    unmount()
    signInAs(['AUDITOR'])
    renderApp(<AppLayout navigation={APP_PAGES} />)
    expect(screen.getByText('人员查询')).toBeTruthy()
    expect(screen.queryByText('数据导入')).toBeNull()
    expect(screen.queryByText('重复人员审核')).toBeNull()
  })

  it('groups pregnancies and follow-up under 孕情管理 for the roles that follow pregnancies', () => {
    signInAs(['VILLAGE_WORKER'])
    const { unmount } = renderApp(<AppLayout navigation={APP_PAGES} />)
    for (const label of ['孕情管理', '我的工作清单', '孕情登记册', '随访完成率', '随访规则']) expect(screen.getByText(label)).toBeTruthy()
    unmount()
    signInAs(['CASHIER'])
    renderApp(<AppLayout navigation={APP_PAGES} />)
    expect(screen.queryByText('孕情管理')).toBeNull()
    expect(screen.queryByText('我的工作清单')).toBeNull()
  })
})
