// The embedded store's columnar shortcut (staged columns handed over whole, the recompute reading typed arrays)
// gives exactly what the DatasetRepo port gives a store without it: same rows, same de-duplication, same portraits.
import { Effect, Layer, Option, Stream } from "effect"
import { describe, expect, it } from "vitest"
import {
  type Actor,
  DatasetRepo,
  MemoryStore,
  OrganisationRepo,
  type OrgCode,
  UpdateConfig,
  UpdateService,
  type UploadRow,
  type UploadType,
  type User,
  type ValidationReport
} from "../src/index.js"
import { ColumnarKey, columnarOf } from "../src/Pipeline/ColumnarDataset.js"

const admin = { user: { id: 1, role: 1, username: "admin" } as unknown as User, sessionHash: "" } satisfies Actor

const okReport = (type: string, rows: number): ValidationReport =>
  ({ type, ok: true, rows, errors: [], errorCount: 0, fileErrors: [], definedCodes: [] }) as unknown as ValidationReport

const company = (code: string): UploadRow<"company"> => ({
  code,
  name: `${code} 有限公司`,
  outletCode: "O1",
  linkman: "张三",
  contact: "13800000000",
  riskRating: "R3",
  listedCompanyId: null
})

const flow = (companyCode: string, day: number, amount: number, patch: Partial<UploadRow<"trade_flow">> = {}) =>
  ({
    companyCode,
    accountNo: `${companyCode}-A`,
    tradeTime: `2026-0${1 + (day % 9)}-1${day % 10} 0${day % 10}:30:00`,
    direction: day % 3 === 0 ? "借" : "贷",
    amount,
    balance: 10_000 + day * 7 - amount,
    counterpartyBank: day % 4 === 0 ? null : day % 4 === 1 ? "OURBANK" : day % 4 === 2 ? "" : "102100099996",
    channel: day % 5 === 0 ? null : day % 5 === 1 ? "" : day % 2 === 0 ? "网银" : "柜台",
    ...patch
  }) satisfies UploadRow<"trade_flow">

const first = Array.from({ length: 60 }, (_, d) => flow(d % 2 === 0 ? "C1" : "C2", d, 100 + d))
// Overlaps the first file, repeats rows within itself, and holds a customer absent from the customer file.
const second = [
  ...first.slice(40),
  ...Array.from({ length: 30 }, (_, d) => flow("C3", d, 50 + d)),
  flow("C3", 1, 51),
  flow("C9", 2, 5),
  flow("C1", 3, 7, { tradeTime: "2026-02-13 03:30:00", direction: "借" })
]

const stage = (type: UploadType, rows: ReadonlyArray<unknown>) =>
  Effect.flatMap(UpdateService, (s) =>
    s.upload(admin, type, `${type}.csv`, () =>
      Effect.succeed({ report: okReport(type, rows.length), rows: rows as ReadonlyArray<UploadRow<UploadType>> })
    )
  )

const scenario = Effect.gen(function* () {
  const service = yield* UpdateService
  const data = yield* DatasetRepo
  const c = yield* stage("company", [company("C1"), company("C2"), company("C3")])
  yield* service.apply(admin, "company", [c.id])
  const a = yield* stage("trade_flow", first)
  const one = yield* service.apply(admin, "trade_flow", [a.id])
  const b = yield* stage("trade_flow", second)
  const b2 = yield* stage("trade_flow", second.slice(0, 10))
  const two = yield* service.apply(admin, "trade_flow", [b.id, b2.id])
  const pointer = Option.getOrThrow(yield* data.pointer())
  const rows = yield* Stream.runCollect(data.readRows(pointer, "trade_flow"))
  const portraits = yield* data.searchPortraits(pointer.version, {}, { page: 1, count: 10 })
  const page = yield* data.tradesOf(pointer, "trade_flow", "C1", { page: 1, count: 5 }, { direction: "借" })
  return { one, two, rows: [...rows], portraits, page, columnar: columnarOf(data) !== undefined }
})

const run = (withoutColumns: boolean) => {
  const store = MemoryStore.layer
  const strip = (repo: DatasetRepo["Type"]) => {
    const { [ColumnarKey]: _, ...port } = repo as DatasetRepo["Type"] & { [ColumnarKey]?: unknown }
    return port
  }
  const dataset = Layer.effect(
    DatasetRepo,
    Effect.map(DatasetRepo, (repo) => (withoutColumns ? strip(repo) : repo))
  ).pipe(Layer.provide(store))
  const seeded = Layer.effectDiscard(
    Effect.gen(function* () {
      const orgs = yield* OrganisationRepo
      const audit = { createdAt: 0, createdBy: null, updatedAt: 0, updatedBy: null }
      const branch = yield* orgs.insertBranch({ code: "B1" as OrgCode, name: "城东支行", ...audit })
      yield* orgs.insertOutlet({ code: "O1" as OrgCode, name: "城东一网点", branchId: branch.id, ...audit })
    })
  ).pipe(Layer.provide(store))
  const base = Layer.mergeAll(store, dataset, UpdateConfig.layer({ ourBankCodes: ["OURBANK"] }))
  return Effect.runPromise(
    scenario.pipe(Effect.provide(UpdateService.Default.pipe(Layer.provideMerge(base), Layer.provideMerge(seeded))))
  )
}

describe("UpdateService on the embedded store, with and without its columnar shortcut", () => {
  it("stores, de-duplicates, lists and computes exactly the same", async () => {
    const [columns, port] = [await run(false), await run(true)]
    expect([columns.columnar, port.columnar]).toEqual([true, false])
    // 60 new, then 30 C3 rows + C9 + one new C1 row (the overlap and the repeats are dropped).
    expect([columns.one.transactions, columns.two.transactions]).toEqual([60, 91])
    expect(columns.rows).toHaveLength(92)
    expect(columns.rows).toEqual(port.rows)
    expect(columns.rows.slice(0, 60)).toEqual(first)
    expect(columns.page).toEqual(port.page)
    const debits = columns.rows.filter((r) => r.companyCode === "C1" && r.direction === "借")
    expect(columns.page.total).toBe(debits.length)
    expect(columns.page.items.map((r) => r.tradeTime)).toEqual(
      debits
        .map((r) => r.tradeTime)
        .sort()
        .reverse()
        .slice(0, 5)
    )
    expect(columns.portraits.total).toBe(3)
    expect(columns.portraits).toEqual(port.portraits)
  })
})
