// A staged file's counts against the served data: the same on a store that hands its event rows over as columns
// (the embedded one) and on one that only streams row objects through the port (as MongoDB does).
import { Effect, Exit, Layer } from "effect"
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
import { columnarOf } from "../src/Pipeline/ColumnarDataset.js"

const admin = { user: { id: 1, role: 1, username: "admin" } as unknown as User, sessionHash: "" } satisfies Actor

const okReport = (type: string, rows: number): ValidationReport =>
  ({ type, ok: true, rows, errors: [], errorCount: 0, fileErrors: [], definedCodes: [] }) as unknown as ValidationReport

const company = (code: string, linkman = "张三"): UploadRow<"company"> => ({
  code,
  name: `${code} 有限公司`,
  outletCode: "O1",
  linkman,
  contact: "13800000000",
  riskRating: "R3",
  listedCompanyId: null
})
const trade = (companyCode: string, tradeTime: string, amount: number, balance: number) =>
  ({
    companyCode,
    accountNo: "A1",
    tradeTime,
    direction: "贷",
    amount,
    balance,
    counterpartyBank: null,
    channel: "网银"
  }) satisfies UploadRow<"trade_flow">

/** Symbol-keyed capabilities (the columnar one) are left out: the store is then used through the port only. */
const portOnly = (repo: DatasetRepo["Type"]) => Object.fromEntries(Object.entries(repo)) as DatasetRepo["Type"]

const run = <A, E>(
  program: Effect.Effect<A, E, UpdateService>,
  wrap: (repo: DatasetRepo["Type"]) => DatasetRepo["Type"]
) => {
  const store = MemoryStore.layer
  const wrapped = Layer.effect(DatasetRepo, Effect.map(DatasetRepo, wrap)).pipe(Layer.provide(store))
  const seeded = Layer.effectDiscard(
    Effect.gen(function* () {
      const orgs = yield* OrganisationRepo
      const audit = { createdAt: 0, createdBy: null, updatedAt: 0, updatedBy: null }
      const b = yield* orgs.insertBranch({ code: "B1" as OrgCode, name: "城东支行", ...audit })
      yield* orgs.insertOutlet({ code: "O1" as OrgCode, name: "城东一网点", branchId: b.id, ...audit })
    })
  )
  const base = Layer.merge(Layer.merge(store, wrapped), UpdateConfig.layer({ ourBankCodes: ["OURBANK"] }))
  const layer = UpdateService.Default.pipe(
    Layer.provideMerge(base),
    Layer.provideMerge(seeded.pipe(Layer.provide(store)))
  )
  return Effect.runPromiseExit(program.pipe(Effect.provide(layer)))
}

const stage = <T extends "company" | "trade_flow">(type: T, rows: ReadonlyArray<UploadRow<T>>) =>
  Effect.flatMap(UpdateService, (s) =>
    s.upload(admin, type, `${type}.csv`, () =>
      Effect.succeed({ report: okReport(type, rows.length), rows: rows as ReadonlyArray<UploadRow<UploadType>> })
    )
  )

const stageAndApply = <T extends "company" | "trade_flow">(type: T, rows: ReadonlyArray<UploadRow<T>>) =>
  Effect.gen(function* () {
    const file = yield* stage(type, rows)
    yield* (yield* UpdateService).apply(admin, type, [file.id])
    return file
  })

it("the port-only store has no columnar capability, the embedded one has", async () => {
  const repo = await Effect.runPromise(Effect.provide(DatasetRepo, MemoryStore.layer))
  expect(columnarOf(repo)).toBeDefined()
  expect(columnarOf(portOnly(repo))).toBeUndefined()
})

describe.each([
  ["columns", (r: DatasetRepo["Type"]) => r],
  ["the port's rows", portOnly]
])("upload counts, on a store read through %s", (_, wrap) => {
  it("count every row of a first file as new", async () => {
    const exit = await run(
      Effect.gen(function* () {
        const c = yield* stage("company", [company("C1"), company("C2")])
        expect(c.report.counts).toEqual({ new: 2, changed: 0, unchanged: 0, removed: 0 })
      }),
      wrap
    )
    expect(exit).toStrictEqual(Exit.void)
  })

  it("count transactions served already as duplicates, the others as new", async () => {
    const exit = await run(
      Effect.gen(function* () {
        yield* stageAndApply("company", [company("C1"), company("C2")])
        const first = yield* stageAndApply("trade_flow", [
          trade("C1", "2026-10-01 09:00:00", 100, 100),
          trade("C2", "2026-10-02 09:00:00", 50, 50)
        ])
        expect(first.report.counts).toEqual({ new: 2, duplicate: 0 })
        const again = yield* stage("trade_flow", [
          trade("C1", "2026-10-01 09:00:00", 100.0, 100), // served already (100.00 is 100)
          trade("C1", "2026-10-03 09:00:00", 10, 110),
          trade("C2", "2026-10-02 09:00:00", 50, 50) // served already
        ])
        expect(again.report.counts).toEqual({ new: 1, duplicate: 2 })
      }),
      wrap
    )
    expect(exit).toStrictEqual(Exit.void)
  })

  it("count customers new, changed, unchanged and left out against the current register", async () => {
    const exit = await run(
      Effect.gen(function* () {
        yield* stageAndApply("company", [company("C1"), company("C2"), company("C3")])
        const next = yield* stage("company", [company("C1"), company("C2", "李四"), company("C4")])
        expect(next.report.counts).toEqual({ new: 1, changed: 1, unchanged: 1, removed: 1 })
      }),
      wrap
    )
    expect(exit).toStrictEqual(Exit.void)
  })
})
