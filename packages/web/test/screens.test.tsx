// Screens against the client's msw handlers: what a relationship manager and a bank admin see and can do.
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react"
import { apiError, exampleData, mockRoute } from "@wm/client/msw"
import { afterEach, describe, expect, it } from "vitest"
import { App } from "../src/App.js"
import { Exports } from "../src/screens/Exports.js"
import { Filters } from "../src/screens/Filters.js"
import { Focus } from "../src/screens/Focus.js"
import { MarketingRecords } from "../src/screens/Marketing.js"
import { Portrait } from "../src/screens/Portrait.js"
import { Statistics } from "../src/screens/Statistics.js"
import { Upload } from "../src/screens/Upload.js"
import { Warnings } from "../src/screens/Warnings.js"
import { baseUrl, mockServer, renderWithClient } from "./render.js"

const server = mockServer()
afterEach(() => {
  cleanup()
  window.location.hash = ""
})

const signIn = async (username: string) => {
  fireEvent.change(screen.getByLabelText("用户名"), { target: { value: username } })
  fireEvent.change(screen.getByLabelText("密码"), { target: { value: "Secret#2026x" } })
  fireEvent.click(screen.getByRole("button", { name: "登录" }))
}

describe("sign-in", () => {
  it("shows the server's message when the password is wrong", async () => {
    server.use(mockRoute("POST /api/sign_in", () => apiError("invalidCredentials", "用户名或密码错误"), { baseUrl }))
    renderWithClient(<App />)
    await signIn("bank_rm")
    expect(await screen.findByRole("alert")).toHaveProperty("textContent", "用户名或密码错误")
  })

  it("asks a new account to replace its initial password before anything else", async () => {
    const me = exampleData("POST /api/sign_in")
    server.use(mockRoute("POST /api/sign_in", () => ({ ...me, initialized: 0 }), { baseUrl }))
    renderWithClient(<App />)
    await signIn(me.username)
    expect(await screen.findByRole("heading", { name: "首次登录请修改密码" })).toBeTruthy()
    expect(screen.queryByRole("navigation", { name: "主导航" })).toBeNull()
  })

  it("lands a signed-in relationship manager on the customer search", async () => {
    const me = exampleData("POST /api/sign_in")
    server.use(mockRoute("POST /api/sign_in", () => ({ ...me, role: 4, initialized: 1 }), { baseUrl }))
    renderWithClient(<App />)
    await signIn(me.username)
    const nav = await screen.findByRole("navigation", { name: "主导航" })
    expect(within(nav).queryByText("数据上传")).toBeNull()
    const rows = exampleData("GET /api/company/search").companies
    if (rows[0] !== undefined) expect(await screen.findByText(rows[0].companyName)).toBeTruthy()
  })
})

describe("portrait", () => {
  it("reads the trade streams as words and lists recommendations with score and reasons", async () => {
    const example = exampleData("GET /api/company/detail")
    renderWithClient(<Portrait code={example.basicInfo.code} />)
    expect(await screen.findByRole("heading", { name: example.basicInfo.companyName })).toBeTruthy()
    const list = screen.queryByRole("list", { name: "推荐产品" })
    if (example.recommand.length > 0) {
      expect(list).not.toBeNull()
      const first = example.recommand[0]!
      expect(within(list!).getByText(first.productName)).toBeTruthy()
      for (const reason of first.reasons) expect(within(list!).getAllByText(reason).length).toBeGreaterThan(0)
    }
    expect(screen.getByRole("article", { name: "全部交易" }).textContent).toMatch(/时点余额/)
  })

  it("says so when the customer is outside the caller's scope", async () => {
    server.use(mockRoute("GET /api/company/detail", () => apiError("notFound", "没有该客户"), { baseUrl }))
    renderWithClient(<Portrait code="X1" />)
    expect((await screen.findByRole("alert")).textContent).toBe("没有该客户")
  })
})

describe("maturity warnings", () => {
  it("lists the maturing holdings with the customer to open", async () => {
    const rows = [
      {
        ...exampleData("GET /api/company/recent_products").companies[0]!,
        companyName: "甲公司",
        companyId: "C1",
        balance: 12.5
      }
    ]
    server.use(mockRoute("GET /api/company/recent_products", () => ({ total: 1, companies: rows }), { baseUrl }))
    let opened = ""
    renderWithClient(<Warnings open={(code) => (opened = code)} />)
    fireEvent.click(await screen.findByRole("button", { name: "甲公司" }))
    expect(opened).toBe("C1")
    expect(screen.getByText("12.50 万元")).toBeTruthy()
  })
})

describe("uploads", () => {
  it("shows a rejected file's row errors as a table", async () => {
    server.use(
      mockRoute(
        "POST /api/upload_update_data",
        () => ({
          status: 0,
          type: "company",
          rows: 3,
          errorCount: 2,
          errors: [
            { row: 2, column: "code", value: "", reason: "required" },
            { row: 3, column: "balance", value: "abc", reason: "not a number" }
          ],
          fileErrors: []
        }),
        { baseUrl }
      )
    )
    renderWithClient(<Upload />)
    const input = screen.getByLabelText("文件 (CSV 或 XLSX)")
    fireEvent.change(input, { target: { files: [new File(["code\n"], "company.csv", { type: "text/csv" })] } })
    fireEvent.click(screen.getByRole("button", { name: "上传" }))
    const table = await screen.findByRole("table", { name: "行错误" })
    await waitFor(() => expect(within(table).getAllByRole("row")).toHaveLength(3))
    expect(within(table).getByText("not a number")).toBeTruthy()
  })
})

describe("upload counts", () => {
  it.each([
    [{ new: 2, duplicate: 4 }, "新增 2 行，重复 4 行"],
    [{ new: 1, changed: 1, unchanged: 5, removed: 2 }, "新增 1 行，变更 1 行，不变 5 行，删除 2 行"]
  ])("a right file's answer %o shows how many rows are new and duplicate (or changed)", async (counts, text) => {
    server.use(
      mockRoute(
        "POST /api/upload_update_data",
        () => ({ status: 12, type: "trade_flow", rows: 6, errorCount: 0, errors: [], fileErrors: [], counts }),
        { baseUrl }
      )
    )
    renderWithClient(<Upload />)
    const input = screen.getByLabelText("文件 (CSV 或 XLSX)")
    fireEvent.change(input, { target: { files: [new File(["x\n"], "trade_flow.csv", { type: "text/csv" })] } })
    fireEvent.click(screen.getByRole("button", { name: "上传" }))
    await waitFor(() => expect(screen.getByText(/文件校验通过/).textContent).toContain(text))
  })
})

describe("search form", () => {
  it("sends the chosen sub-branch and purchase state, and lists what the server answers", async () => {
    const params = exampleData("GET /api/params")
    const branch = { id: "7", name: "城东支行", outlets: [{ id: "71", name: "城东营业部" }] }
    const bodies: Array<Record<string, unknown>> = []
    const row = { ...exampleData("POST /api/company/recommand").companies[0]!, code: "C9", companyName: "乙公司" }
    server.use(
      mockRoute("GET /api/params", () => ({ ...params, branches: [branch] }), { baseUrl }),
      mockRoute(
        "POST /api/company/recommand",
        ({ body }) => {
          bodies.push(body as Record<string, unknown>)
          return { total: 1, companies: [row] }
        },
        { baseUrl }
      )
    )
    renderWithClient(<Filters open={() => undefined} />)
    fireEvent.change(await screen.findByLabelText("支行"), { target: { value: "7" } })
    fireEvent.change(screen.getByLabelText("网点"), { target: { value: "71" } })
    fireEvent.change(screen.getByLabelText("是否已购买"), { target: { value: "0" } })
    fireEvent.click(screen.getByRole("button", { name: "筛选" }))
    await waitFor(() =>
      expect(bodies.at(-1)).toMatchObject({ branchId: "7", outletId: "71", boughtFlag: "0", page: 1 })
    )
    expect(await screen.findByRole("button", { name: "乙公司" })).toBeTruthy()
  })
})

describe("marketing records", () => {
  it("adds a record with the chosen type and shows the list the server answers", async () => {
    const bodies: Array<Record<string, unknown>> = []
    const saved = { ...exampleData("POST /api/company/marketing"), id: "9", code: "C1", type: 1, remark: "拜访" }
    server.use(
      mockRoute("GET /api/company/marketing", () => ({ total: bodies.length, result: bodies.length ? [saved] : [] }), {
        baseUrl
      }),
      mockRoute(
        "POST /api/company/marketing",
        ({ body }) => {
          bodies.push(body as Record<string, unknown>)
          return saved
        },
        { baseUrl }
      )
    )
    renderWithClient(<MarketingRecords code="C1" />)
    expect(await screen.findByText("暂无营销记录")).toBeTruthy()
    const form = screen.getByRole("form", { name: "添加营销记录" })
    fireEvent.change(within(form).getByLabelText("营销情况"), { target: { value: "1" } })
    fireEvent.change(within(form).getByLabelText("详细"), { target: { value: "拜访" } })
    fireEvent.click(within(form).getByRole("button", { name: "保存" }))
    const list = await screen.findByRole("list", { name: "营销记录列表" })
    expect(within(list).getByText("上门拜访")).toBeTruthy()
    expect(bodies[0]).toMatchObject({ code: "C1", type: 1, remark: "拜访" })
    expect(String(bodies[0]!.createTime)).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:00$/)
  })

  it("shows the server's refusal when another user's record may not be deleted", async () => {
    const record = { ...exampleData("POST /api/company/marketing"), id: "5", code: "C1", type: 0, remark: "电话" }
    server.use(
      mockRoute("GET /api/company/marketing", () => ({ total: 1, result: [record] }), { baseUrl }),
      mockRoute("DELETE /api/company/marketing", () => apiError("forbidden", "只能删除自己的营销记录"), { baseUrl })
    )
    window.confirm = () => true
    renderWithClient(<MarketingRecords code="C1" />)
    fireEvent.click(await screen.findByRole("button", { name: `删除 ${record.createTime} 的记录` }))
    expect((await screen.findByRole("status")).textContent).toBe("只能删除自己的营销记录")
  })
})

describe("exports and the focus list", () => {
  it("queues an export of the chosen type and offers the finished file", async () => {
    const created: Array<Record<string, unknown>> = []
    const task = {
      ...exampleData("GET /api/download/download_list").downloadList[0]!,
      taskId: "t1",
      status: "done" as const,
      filename: "已购买价值客户.xlsx",
      name: "已购买价值客户"
    }
    server.use(
      mockRoute(
        "POST /api/download/create_download",
        ({ body }) => {
          created.push(body as Record<string, unknown>)
          return { taskId: "t1" }
        },
        { baseUrl }
      ),
      mockRoute("GET /api/download/download_list", () => ({ total: 1, downloadList: [task] }), { baseUrl })
    )
    renderWithClient(<Exports />)
    fireEvent.change(screen.getByLabelText("导出内容"), { target: { value: "2" } })
    fireEvent.click(screen.getByRole("button", { name: "创建导出" }))
    await waitFor(() => expect(created).toEqual([{ type: 2, info: {} }]))
    expect(await screen.findByRole("button", { name: "下载 已购买价值客户.xlsx" })).toBeTruthy()
  })

  it("lists the focus list's customers to open", async () => {
    const row = { ...exampleData("GET /api/company/focus").result[0]!, code: "C7", companyName: "丙公司" }
    server.use(mockRoute("GET /api/company/focus", () => ({ total: 1, result: [row] }), { baseUrl }))
    let opened = ""
    renderWithClient(<Focus open={(code) => (opened = code)} />)
    fireEvent.click(await screen.findByRole("button", { name: "丙公司" }))
    expect(opened).toBe("C7")
  })
})

describe("statistics", () => {
  it("shows the four tables and sorts conversion by the clicked column, descending then ascending", async () => {
    const queries: Array<Record<string, unknown>> = []
    const example = exampleData("GET /api/statistics/conversion_rate")
    server.use(
      mockRoute(
        "GET /api/statistics/conversion_rate",
        ({ query }) => {
          queries.push(Object.fromEntries(query))
          return example
        },
        { baseUrl }
      )
    )
    renderWithClient(<Statistics />)
    for (const name of ["营销转化", "理财购买与赎回", "当前持有", "登录情况"])
      expect(await screen.findByRole("table", { name })).toBeTruthy()
    const conversion = screen.getByRole("table", { name: "营销转化" })
    fireEvent.click(within(conversion).getByRole("button", { name: "本年转化客户数" }))
    await waitFor(() => expect(queries.at(-1)).toMatchObject({ sortType: "4", sort: "1" }))
    const again = await screen.findByRole("table", { name: "营销转化" })
    fireEvent.click(within(again).getByRole("button", { name: /本年转化客户数/ }))
    await waitFor(() => expect(queries.at(-1)).toMatchObject({ sortType: "4", sort: "0" }))
  })
})
