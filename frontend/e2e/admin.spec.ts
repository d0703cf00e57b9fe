import { expect, test, type Page } from '@playwright/test'
import { ADMIN, answerTo, logIn, OK, openMenu, SECURITY_ADMIN, serverToday, SIGN_IN } from './support'

// Runs against the real app with its demo data (every demo user's password is Demo@2018).

async function logOut(page: Page) {
  await page.getByRole('button', { name: '退出登录' }).click()
  await expect(page.getByRole('button', { name: SIGN_IN })).toBeVisible()
}

test('an administrator creates a village worker, the security administrator grants the role, and she signs in with a narrower menu', async ({ page }) => {
  const username = `e2e${Date.now()}`
  const displayName = `测试专干${username.slice(-6)}`
  const password = 'E2e@Pass2018'

  await logIn(page, ADMIN.username, ADMIN.password)
  const menu = page.getByRole('menu')
  for (const entry of ['组织机构', '用户管理', '工作日历']) {
    await expect(menu.getByRole('menuitem', { name: entry })).toBeVisible()
  }
  // the system administrator reads no personal or health record, nor the audit log of their own work
  for (const entry of ['审计日志', '户籍管理']) {
    await expect(menu.getByRole('menuitem', { name: entry })).toHaveCount(0)
  }

  await menu.getByRole('menuitem', { name: '用户管理' }).click()
  await page.getByRole('button', { name: '新建用户' }).click()
  const dialog = page.getByRole('dialog', { name: '新建用户' })
  await dialog.getByLabel('用户名').fill(username)
  await dialog.getByLabel('初始密码').fill(password)
  await dialog.getByLabel('姓名').fill(displayName)
  await dialog.getByLabel('所属机构').fill('黑林村')
  await page.locator('.ant-select-tree-title', { hasText: '黑林村' }).click()
  await dialog.getByRole('button', { name: /确\s*定/ }).click()
  await expect(dialog).toBeHidden()
  await logOut(page)

  // 三员分立: the security administrator, not the system administrator, grants the role
  await logIn(page, SECURITY_ADMIN.username, SECURITY_ADMIN.password)
  await openMenu(page, '用户管理')
  await page.getByPlaceholder('用户名或姓名').fill(username)
  await page.getByPlaceholder('用户名或姓名').press('Enter')
  const row = page.getByRole('row', { name: new RegExp(username) })
  await row.getByRole('button', { name: '分配角色' }).click()
  const grant = page.getByRole('dialog', { name: new RegExp('分配角色') })
  await grant.getByLabel('角色').click()
  const role = page.locator('.ant-select-item-option', { hasText: '村居计生专干' })
  await expect(async () => { // on a busy machine a click during the list's opening animation can miss: try until it is chosen
    if (!/ant-select-item-option-selected/.test((await role.getAttribute('class')) ?? '')) await role.click()
    await expect(role).toHaveClass(/ant-select-item-option-selected/, { timeout: 1000 })
  }).toPass()
  await grant.getByLabel('原因').fill('新任黑林村计生专干')
  await grant.getByRole('button', { name: /确\s*定/ }).click()
  await expect(grant).toBeHidden()
  await expect(row.getByText('村居计生专干')).toBeVisible()
  await logOut(page)

  await logIn(page, username, password)
  await expect(page.getByRole('banner').getByText(displayName)).toBeVisible()
  await expect(page.getByRole('menuitem', { name: '首页' })).toBeVisible()
  await expect(page.getByRole('menuitem', { name: '用户管理' })).toHaveCount(0)
  // no token where a script could read it later: the access token lives in memory, the refresh token in an HttpOnly cookie
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))).not.toMatch(/eyJ/)
  expect(await page.evaluate(() => document.cookie)).not.toContain('fpms_refresh')
  await page.reload() // the cookie resumes the session
  await expect(page.getByRole('banner').getByText(displayName)).toBeVisible()
  await logOut(page)
  await page.reload() // the server ended it and cleared the cookie
  await expect(page.getByLabel('用户名')).toBeVisible()
})

test('an administrator enters a holiday of a coming year in the official calendar, then resets it', async ({ page }) => {
  await logIn(page, ADMIN.username, ADMIN.password)
  // the last year the calendar takes: ten years ahead; no holiday of it is entered yet
  const year = Number((await serverToday(page)).slice(0, 4)) + 10
  const day = `${year}-10-08`
  await openMenu(page, '工作日历')
  await page.getByLabel('年份').fill(String(year))
  await expect(page.getByText(`${year} 年尚未录入节假日安排`)).toBeVisible()

  await page.getByRole('button', { name: /添加调整日期/ }).click()
  const add = page.getByRole('dialog', { name: '添加调整日期' })
  await add.getByLabel('日期').fill(day)
  await add.getByLabel('日期').press('Tab')
  await add.getByLabel('说明').fill('国庆节')
  await add.getByLabel('依据').fill(`国务院办公厅关于${year}年部分节假日安排的通知`)
  const saved = answerTo(page, 'PUT', `/api/calendar-days/${day}`)
  await add.getByRole('button', { name: OK }).click()
  expect((await saved).status()).toBe(200)
  const row = page.getByRole('row', { name: day })
  await expect(row.getByText('放假')).toBeVisible()
  await expect(row.getByText('国庆节')).toBeVisible()

  await row.getByRole('button', { name: /恢\s*复/ }).click()
  const reset = page.getByRole('dialog', { name: `恢复：${day}` })
  await reset.getByLabel('依据').fill('录入错误')
  await reset.getByRole('button', { name: OK }).click()
  await expect(page.getByText(`${year} 年尚未录入节假日安排`)).toBeVisible()
})
