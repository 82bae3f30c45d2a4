// @vitest-environment node
// The API reference at /docs in a real headless chromium against the real server: Swagger UI, served by the server
// itself, renders the portrait route's response fields and the Markdown of descriptions, and the page asks
// nothing of any other host.

import { mkdirSync } from "node:fs"
import { join } from "node:path"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { hasChromium, launch, shotsDir } from "./browser.js"
import { type RunningServer, startServer } from "./server.js"

let server: RunningServer
let browser: Browser

beforeAll(async () => {
  if (!hasChromium)
    throw new Error("chromium is not installed (apt-get install chromium); the test command installs it")
  server = await startServer()
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** Every request the page makes, and every CSP violation it reports. */
const watch = (page: Page) => {
  const requests: Array<string> = []
  const violations: Array<string> = []
  page.on("request", (request) => {
    requests.push(request.url())
  })
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  return { requests, violations }
}

/** The operation block of a route, expanded. */
const openOperation = async (page: Page, method: string, path: string) => {
  const block = page.locator(`.opblock-${method}`).filter({
    has: page.locator(`.opblock-summary-path[data-path="${path}"]`)
  })
  await block.locator(".opblock-summary").first().click()
  await block.locator(".responses-wrapper").waitFor()
  return block
}

describe("/docs", () => {
  it("renders the portrait route's response fields and Markdown descriptions from this server alone", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const { requests, violations } = watch(page)
    await page.goto(`${server.url}/docs`)
    await page.locator(".opblock-tag-section").first().waitFor()
    expect(await page.locator(".info .title").textContent()).toContain("企业理财精准营销 API")

    const portrait = await openOperation(page, "get", "/api/company/detail")
    // The 200 answer's model: open the schema view and find the portrait's own fields.
    const ok = portrait.locator('.response[data-code="200"]')
    await ok.getByRole("tab", { name: "Schema" }).click()
    const model = ok.locator(".model-box")
    await model.getByText("allTradeStream", { exact: true }).first().waitFor()
    expect(await model.textContent()).toContain("innerScale")
    // Markdown: `recommand` in the description is rendered as code, not shown with backticks.
    const description = portrait.locator(".opblock-description-wrapper")
    expect(await description.locator("code", { hasText: "recommand" }).count()).toBeGreaterThan(0)
    expect(await description.textContent()).not.toContain("`")
    mkdirSync(shotsDir, { recursive: true })
    await portrait.screenshot({ path: join(shotsDir, "api-docs-portrait.png") })

    const origin = new URL(server.url).origin
    expect(requests.length).toBeGreaterThan(2)
    const elsewhere = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith("data:"))
    expect(elsewhere).toEqual([])
    expect(requests.every((url) => url.startsWith("data:") || new URL(url).hostname === "127.0.0.1")).toBe(true)
    expect(violations).toEqual([])
    await page.close()
  })
})
