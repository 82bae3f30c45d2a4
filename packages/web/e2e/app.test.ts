// @vitest-environment node
// End to end in a real headless chromium against the real server and demo bank: a relationship manager's day and a
// bank admin's rejected upload, at desktop and phone sizes, with screenshots of the main screens.
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { hasChromium, launch, shot } from "./browser.js"
import { buildWebApp, type RunningServer, startServer } from "./server.js"

let server: RunningServer
let browser: Browser

beforeAll(async () => {
  if (!hasChromium)
    throw new Error("chromium is not installed (apt-get install chromium); the test command installs it")
  buildWebApp()
  server = await startServer()
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const signIn = async (page: Page, username: string) => {
  await page.goto(`${server.url}/app/`)
  await page.getByLabel("用户名").fill(username)
  await page.getByLabel("密码").fill("Demo@2026")
  await page.getByRole("button", { name: "登录" }).click()
  await page.getByRole("navigation", { name: "主导航" }).waitFor()
}

describe("relationship manager", () => {
  it("signs in, finds a customer and reads its recommendations", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await signIn(page, "outlet_rm")
    await shot(page, "search")
    const first = page.locator("table tbody tr").first().getByRole("button")
    const name = (await first.textContent()) ?? ""
    expect(name.length).toBeGreaterThan(0)
    await first.click()
    await expect.poll(() => page.getByRole("heading", { level: 2 }).first().textContent()).toBe(name)
    await page.getByRole("heading", { name: "推荐产品" }).waitFor()
    expect(await page.getByRole("article", { name: "全部交易" }).textContent()).toContain("时点余额")
    await shot(page, "portrait")

    // Records a visit and finds it in the customer's marketing records.
    const form = page.getByRole("form", { name: "添加营销记录" })
    await form.getByLabel("营销情况").selectOption("1")
    await form.getByLabel("详细").fill("上门拜访：介绍90天理财")
    await form.getByRole("button", { name: "保存" }).click()
    const records = page.getByRole("list", { name: "营销记录列表" })
    await records.getByText("上门拜访：介绍90天理财").waitFor()
    expect(await records.textContent()).toContain("上门拜访")
    await shot(page, "marketing-records")
    await page.getByRole("link", { name: "到期预警" }).click()
    await page.getByRole("heading", { name: "理财到期预警" }).waitFor()
    await shot(page, "warnings")
    await page.close()
  })

  it("works on a 390-px-wide phone screen", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true })
    await signIn(page, "outlet_rm")
    await page.locator("table tbody tr").first().getByRole("button").click()
    await page.getByRole("heading", { name: "推荐产品" }).waitFor()
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width).toBeLessThanOrEqual(390)
    await shot(page, "portrait-phone")
    await page.close()
  })
})

describe("bank admin", () => {
  it("uploads a file with errors and sees them row by row", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await signIn(page, "admin")
    await page.getByRole("link", { name: "数据管理" }).click()
    await page.getByRole("table", { name: "营销转化" }).waitFor()
    await shot(page, "statistics")
    await page.getByRole("link", { name: "下载数据" }).click()
    await page.getByRole("button", { name: "创建导出" }).click()
    const file = page.getByRole("button", { name: /^下载 / }).first()
    for (let i = 0; i < 60 && !(await file.isVisible()); i++) {
      await page.waitForTimeout(500)
      await page.getByRole("button", { name: "刷新" }).click()
    }
    const [download] = await Promise.all([page.waitForEvent("download"), file.click()])
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/)
    await shot(page, "exports")
    await page.getByRole("link", { name: "数据上传" }).click()
    await page.getByLabel("数据类型").selectOption("product")
    await page.getByLabel("文件 (CSV 或 XLSX)").setInputFiles({
      name: "product.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("productCode,productName\nP1,\n")
    })
    await page.getByRole("button", { name: "上传" }).click()
    const alert = page.getByRole("alert", { name: "校验错误" })
    await alert.waitFor()
    expect(await alert.textContent()).toMatch(/错误/)
    await shot(page, "upload-errors")
    await page.close()
  })
})
