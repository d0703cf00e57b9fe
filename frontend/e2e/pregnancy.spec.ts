import { expect, test } from '@playwright/test'
import { answerTo, idNumber as validIdNumber, logIn, nameFrom, OK, openMenu, serverToday, VILLAGE_WORKER } from './support'

// Runs against the real app with its demo data: `village` is the village worker of 黑林村. The couple is born 1985–2004, so
// that she is of an age at which a pregnancy needs no reason (14 to 49).
const idNumber = (stamp: number, offsetDays: number, sex: 'MALE' | 'FEMALE') => validIdNumber(stamp, offsetDays, sex, 1985, 7_000)

/** Day arithmetic on yyyy-MM-dd. */
function addDays(iso: string, days: number): string {
  const day = new Date(`${iso}T00:00:00Z`)
  day.setUTCDate(day.getUTCDate() + days)
  return day.toISOString().slice(0, 10)
}

test('a village worker registers a pregnancy, records the due home visit from her worklist, and registers the baby girl', async ({ page }) => {
  const stamp = Date.now()
  const code = `E2P-${stamp}`
  const husband = { name: nameFrom('皇甫', stamp), idNumber: idNumber(stamp, 0, 'MALE') }
  const woman = { name: nameFrom('令狐', stamp), idNumber: idNumber(stamp, 900, 'FEMALE') }
  const baby = nameFrom('皇甫小', stamp)

  // A village worker lands on her worklist
  await logIn(page, VILLAGE_WORKER.username, VILLAGE_WORKER.password)
  const lmp = addDays(await serverToday(page), -270) // near term: the baby registered below is a live birth at 38 weeks
  await expect(page).toHaveURL(/\/worklist$/)
  await expect(page.getByText('我的工作清单').first()).toBeVisible()

  // 户管理 → 新建户, with the husband as head and the woman as his spouse
  await openMenu(page, '户管理')
  await page.getByRole('button', { name: /新建户/ }).click()
  const newHousehold = page.getByRole('dialog', { name: '新建户' })
  await expect(newHousehold.getByText('黑林村')).toBeVisible()
  await newHousehold.getByLabel('户编号').fill(code)
  await newHousehold.getByLabel('户地址').fill(`黑林村孕检组${String(stamp).slice(-4)}号`)
  await newHousehold.getByRole('button', { name: OK }).click()
  await expect(newHousehold).toBeHidden()
  await expect(page.getByText(`户详情：${code}`)).toBeVisible()
  for (const [member, relation] of [[husband, '户主'], [woman, '配偶']] as const) {
    await page.getByRole('button', { name: /添加成员/ }).click()
    await page.getByRole('menuitem', { name: '登记新人员' }).click()
    const form = page.getByRole('dialog', { name: `新增人员：户 ${code}` })
    await form.getByLabel('姓名').fill(member.name)
    await form.getByLabel('身份证号').fill(member.idNumber)
    await expect(form.getByLabel('性别')).toHaveValue(relation === '户主' ? '男' : '女')
    if (relation !== '户主') {
      await form.getByLabel('与户主关系').click()
      await page.locator('.ant-select-item-option', { hasText: relation }).click()
    }
    await form.getByRole('button', { name: OK }).click()
    await expect(form).toBeHidden()
    await expect(page.getByRole('link', { name: member.name, exact: true }).first()).toBeVisible()
  }

  // Her person page → 登记孕情, LMP 270 days ago: EDD and gestational age appear as it is typed
  await page.getByRole('link', { name: woman.name, exact: true }).first().click()
  await expect(page.getByText(`人员详情：${woman.name}`)).toBeVisible()
  await page.getByRole('button', { name: /登记孕情/ }).click()
  await expect(page).toHaveURL(/\/pregnancies\/new\?personId=\d+$/)
  await expect(page.getByText(new RegExp(`^${woman.name} · `))).toBeVisible()
  await page.getByLabel('末次月经').fill(lmp)
  await page.getByLabel('末次月经').press('Tab') // Enter would submit the form
  await expect(page.getByText(addDays(lmp, 280), { exact: true })).toBeVisible()
  await expect(page.getByText('38周+4天', { exact: true })).toBeVisible()
  const registered = answerTo(page, 'POST', '/api/pregnancies')
  await page.getByRole('button', { name: /登记孕情/ }).click()
  expect((await registered).status()).toBe(201)
  await expect(page.getByText(`孕情详情：${woman.name}`)).toBeVisible()
  const pregnancyUrl = page.url()

  // The schedule starts on the registration day: the first home visit is due
  await expect(page.getByRole('listitem', { name: '第1次上门随访：待随访' })).toBeVisible()

  // The worklist, and its total
  const listed = answerTo(page, 'GET', '/api/worklist')
  await openMenu(page, '我的工作清单')
  const before: number = (await (await listed).json()).total
  await expect(page.getByText(`共 ${before} 条`)).toBeVisible()

  // 记录随访 on her page: a home visit today completes her first one
  await page.goto(pregnancyUrl)
  await page.getByRole('button', { name: /记录随访/ }).click()
  const drawer = page.getByRole('dialog', { name: `记录随访：${woman.name}` })
  await expect(drawer.getByLabel('随访类型')).toBeVisible()
  await drawer.getByLabel('孕妇情况').fill('精神好，无不适，血压正常')
  const recorded = answerTo(page, 'POST', '/api/visits')
  await drawer.getByRole('button', { name: /保\s*存/ }).click()
  expect((await recorded).status()).toBe(201)
  await expect(page.getByText('已完成第1次上门随访')).toBeVisible()
  await expect(drawer).toBeHidden()
  await expect(page.getByRole('listitem', { name: '第1次上门随访：已完成' })).toBeVisible()
  await expect(page.getByRole('row').filter({ hasText: '计入随访' })).toContainText('第1次上门随访')

  // One open follow-up fewer on the worklist
  await openMenu(page, '我的工作清单')
  await expect(page.getByText(`共 ${before - 1} 条`)).toBeVisible()

  // 分娩登记: a baby girl with a name joins the register, linked from her pregnancy
  await page.goto(pregnancyUrl)
  await page.getByRole('button', { name: '分娩登记' }).click()
  const delivery = page.getByRole('dialog', { name: `分娩登记：${woman.name}` })
  await expect(delivery).toBeVisible()
  await delivery.locator('label', { hasText: /^女$/ }).click() // antd's radio button: the input itself is hidden
  await delivery.getByLabel('出生体重（克）').fill('3250')
  await delivery.getByLabel('姓名（入户登记）').fill(baby)
  const delivered = answerTo(page, 'POST', `/api${new URL(pregnancyUrl).pathname}/delivery`)
  await delivery.getByRole('button', { name: OK }).click()
  expect((await delivered).status()).toBe(200)
  await expect(delivery).toBeHidden()
  await expect(page.getByRole('link', { name: baby, exact: true })).toBeVisible()
  await expect(page.getByText('已分娩', { exact: true })).toBeVisible()

  // …and her household's member list
  await page.getByRole('link', { name: '查看所属户' }).click()
  await expect(page.getByText(`户详情：${code}`)).toBeVisible()
  const members = page.locator('.ant-card', { hasText: '家庭成员' })
  await expect(members.getByRole('row', { name: new RegExp(baby) })).toContainText('子女')
})
