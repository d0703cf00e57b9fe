import { expect, test, type Page } from '@playwright/test'
import { ADMIN, logIn, SIGN_IN } from './support'

// Runs against the real app with its demo data (every demo user's password is Demo@2018).

async function logOut(page: Page) {
  await page.getByRole('button', { name: '退出登录' }).click()
  await expect(page.getByRole('button', { name: SIGN_IN })).toBeVisible()
}

test('an administrator creates a village worker, who then signs in with a narrower menu', async ({ page }) => {
  const username = `e2e${Date.now()}`
  const displayName = `测试专干${username.slice(-6)}`
  const password = 'E2e@Pass2018'

  await logIn(page, ADMIN.username, ADMIN.password)
  const menu = page.getByRole('menu')
  for (const entry of ['组织机构', '用户管理', '审计日志']) {
    await expect(menu.getByRole('menuitem', { name: entry })).toBeVisible()
  }

  await menu.getByRole('menuitem', { name: '用户管理' }).click()
  await page.getByRole('button', { name: '新建用户' }).click()
  const dialog = page.getByRole('dialog', { name: '新建用户' })
  await dialog.getByLabel('用户名').fill(username)
  await dialog.getByLabel('初始密码').fill(password)
  await dialog.getByLabel('姓名').fill(displayName)
  await dialog.getByLabel('角色').click()
  await page.locator('.ant-select-item-option', { hasText: '村居计生专干' }).click()
  await dialog.getByText('新建用户').click() // closes the role list
  await dialog.getByLabel('所属机构').fill('黑林村')
  await page.locator('.ant-select-tree-title', { hasText: '黑林村' }).click()
  await dialog.getByRole('button', { name: /确\s*定/ }).click()
  await expect(dialog).toBeHidden()

  await page.getByPlaceholder('用户名或姓名').fill(username)
  await page.getByPlaceholder('用户名或姓名').press('Enter')
  await expect(page.getByRole('cell', { name: username, exact: true })).toBeVisible()
  await logOut(page)

  await logIn(page, username, password)
  await expect(page.getByRole('banner').getByText(displayName)).toBeVisible()
  await expect(page.getByRole('menuitem', { name: '首页' })).toBeVisible()
  await expect(page.getByRole('menuitem', { name: '用户管理' })).toHaveCount(0)
  await logOut(page)
  await expect(page.getByLabel('用户名')).toBeVisible()
})
