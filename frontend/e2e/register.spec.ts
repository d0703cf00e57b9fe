import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { idNumber as validIdNumber, logIn, nameFrom, OK, openMenu, VILLAGE_WORKER } from './support'

// Runs against the real app with its demo data: `village` is the village worker of 黑林村.
const idNumber = (stamp: number, offsetDays: number, sex: 'MALE' | 'FEMALE') => validIdNumber(stamp, offsetDays, sex, 1965, 12_000)

/** The same number with a wrong check character. */
function withWrongCheckCharacter(valid: string): string {
  const wrong = '10X98765432'.split('').find((c) => c !== valid[17])!
  return valid.slice(0, 17) + wrong
}

const TEMPLATE_HEADERS = ['村居', '户编号', '户地址', '户类型', '姓名', '身份证号', '与户主关系', '民族', '联系电话', '婚姻状况',
  '结婚日期', '居住状态', '流入来源地', '到达日期', '预计居住至', '流出去向', '离开日期']

test('a village worker registers a household with two members, finds the spouse despite a typo, and sees an import refused', async ({ page }) => {
  const stamp = Date.now()
  const code = `E2E-${stamp}`
  const head = { name: nameFrom('欧阳', stamp), idNumber: idNumber(stamp, 0, 'MALE') }
  const spouse = { name: nameFrom('司马', stamp), idNumber: idNumber(stamp, 700, 'FEMALE') }

  await logIn(page, VILLAGE_WORKER.username, VILLAGE_WORKER.password)

  // 户管理 → 新建户 (the village worker's only village is preset)
  await openMenu(page, '户管理')
  await expect(page.getByText(/共 \d+ 条/)).toBeVisible()
  await page.getByRole('button', { name: /新建户/ }).click()
  const newHousehold = page.getByRole('dialog', { name: '新建户' })
  await expect(newHousehold.getByText('黑林村')).toBeVisible()
  await newHousehold.getByLabel('户编号').fill(code)
  await newHousehold.getByLabel('户地址').fill(`黑林村测试组${String(stamp).slice(-4)}号`)
  await newHousehold.getByRole('button', { name: OK }).click()
  await expect(newHousehold).toBeHidden()
  await expect(page.getByText(`户详情：${code}`)).toBeVisible()

  // 添加成员 → 登记新人员, twice: the head, then the spouse
  for (const [member, relation] of [[head, '户主'], [spouse, '配偶']] as const) {
    await page.getByRole('button', { name: /添加成员/ }).click()
    await page.getByRole('menuitem', { name: '登记新人员' }).click()
    const form = page.getByRole('dialog', { name: `新增人员：户 ${code}` })
    await form.getByLabel('姓名').fill(member.name)
    await form.getByLabel('身份证号').fill(member.idNumber)
    const birthDate = member.idNumber.slice(6, 14).replace(/(\d{4})(\d{2})(\d{2})/, '$1-$2-$3')
    await expect(form.getByLabel('出生日期')).toHaveValue(birthDate)
    await expect(form.getByLabel('性别')).toHaveValue(relation === '户主' ? '男' : '女')
    if (relation !== '户主') {
      await form.getByLabel('与户主关系').click()
      await page.locator('.ant-select-item-option', { hasText: relation }).click()
    }
    await form.getByRole('button', { name: OK }).click()
    await expect(form).toBeHidden()
    await expect(page.getByRole('link', { name: member.name, exact: true }).first()).toBeVisible()
  }
  const members = page.locator('.ant-card', { hasText: '家庭成员' })
  await expect(members.getByRole('row', { name: new RegExp(spouse.name) })).toContainText('配偶')
  await expect(members.getByRole('row', { name: new RegExp(head.name) })).toContainText('户主')

  // 人员查询: the spouse's name with its last character wrong still finds her
  await openMenu(page, '人员查询')
  const search = page.getByPlaceholder(/姓名、身份证号/)
  await search.fill(`${spouse.name.slice(0, -1)}雪`)
  await search.press('Enter')
  await expect(page.getByRole('link', { name: spouse.name, exact: true })).toBeVisible()

  // 数据导入: one good row and one with a wrong check character, all or nothing → refused, the bad row reported
  const importCode = `E2I-${stamp}`
  const goodId = idNumber(stamp, 1400, 'MALE')
  const badId = withWrongCheckCharacter(idNumber(stamp, 2100, 'FEMALE'))
  const rows = [
    TEMPLATE_HEADERS,
    ['黑林村', importCode, '黑林村导入组1号', '户籍', nameFrom('上官', stamp), goodId, '户主', '汉族', '13995500001', '初婚',
      '2010-05-01', '户籍', '', '', '', '', ''],
    ['黑林村', importCode, '黑林村导入组1号', '户籍', nameFrom('诸葛', stamp), badId, '配偶', '回族', '', '初婚',
      '2010-05-01', '户籍', '', '', '', '', ''],
  ]
  const file = join(tmpdir(), `fpms-register-${stamp}.csv`)
  writeFileSync(file, `\uFEFF${rows.map((row) => row.join(',')).join('\r\n')}\r\n`, 'utf8')

  await openMenu(page, '数据导入')
  await page.getByRole('button', { name: /下一步/ }).click()
  await page.locator('input[type=file]').setInputFiles(file)
  await expect(page.getByText(`fpms-register-${stamp}.csv`)).toBeVisible()
  await expect(page.getByRole('radio', { name: '全部成功才导入' })).toBeChecked()
  await page.getByRole('button', { name: /开始导入/ }).click()
  await expect(page.getByText('导入失败')).toBeVisible({ timeout: 60_000 })
  // the report shows the ID number masked, as everywhere outside a person's detail
  const badRow = page.getByRole('row').filter({ hasText: `${badId.slice(0, 6)}********${badId.slice(14)}` })
  await expect(badRow.getByRole('cell', { name: '3', exact: true })).toBeVisible()
  await expect(page.getByText(badId)).toHaveCount(0)
  await expect(badRow.getByRole('cell', { name: '身份证号', exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: /下载错误报告/ })).toBeVisible()
})
