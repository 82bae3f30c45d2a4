// The update pipeline: staged files applied all-or-nothing into a new version, portraits recomputed, one switch.
import { Clock, Effect, Exit, Layer, Option } from "effect"
import { describe, expect, it } from "vitest"
import {
  type Actor,
  DatasetRepo,
  Leases,
  MemoryStore,
  OrganisationRepo,
  type OrgCode,
  UPDATE_LEASE,
  UpdateConfig,
  UpdateService,
  type UploadRow,
  type UploadType,
  type User,
  type ValidationReport
} from "../src/index.js"

const admin = { user: { id: 1, role: 1, username: "admin" } as unknown as User, sessionHash: "" } satisfies Actor
const rm = { user: { id: 2, role: 2, username: "rm" } as unknown as User, sessionHash: "" } satisfies Actor

const okReport = (type: string, rows: number): ValidationReport =>
  ({ type, ok: true, rows, errors: [], errorCount: 0, fileErrors: [], definedCodes: [] }) as unknown as ValidationReport

const company = (code: string, outletCode = "O1"): UploadRow<"company"> => ({
  code,
  name: `${code} 有限公司`,
  outletCode,
  linkman: "张三",
  contact: "13800000000",
  riskRating: "R3",
  listedCompanyId: null
})
const trade = (companyCode: string, tradeTime: string, direction: "借" | "贷", amount: number, balance: number) =>
  ({
    companyCode,
    accountNo: "A1",
    tradeTime,
    direction,
    amount,
    balance,
    counterpartyBank: null,
    channel: "网银"
  }) satisfies UploadRow<"trade_flow">

/** Runs a program against a fresh memory store with one sub-branch B1 and outlet O1; `wrap` may alter the dataset port. */
const run = <A, E>(
  program: Effect.Effect<A, E, UpdateService | DatasetRepo | Leases>,
  wrap: (repo: DatasetRepo["Type"]) => DatasetRepo["Type"] = (r) => r
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

const applyCustomersAndTrades = Effect.gen(function* () {
  const service = yield* UpdateService
  const c = yield* stage("company", [company("C1"), company("C2")])
  yield* service.apply(admin, "company", [c.id])
  const t = yield* stage("trade_flow", [
    trade("C1", "2026-10-01 09:00:00", "贷", 100, 100),
    trade("C1", "2026-10-02 09:00:00", "贷", 50, 150),
    trade("C2", "2026-10-03 09:00:00", "贷", 300, 300)
  ])
  return yield* service.apply(admin, "trade_flow", [t.id])
})

const portraitOf = (code: string) =>
  Effect.gen(function* () {
    const data = yield* DatasetRepo
    const pointer = Option.getOrThrow(yield* data.pointer())
    return Option.getOrUndefined(yield* data.portrait(pointer.version, code))
  })

describe("UpdateService", () => {
  it("applies customers then transactions and serves portraits computed from them", async () => {
    const exit = await run(
      Effect.gen(function* () {
        const result = yield* applyCustomersAndTrades
        expect(result.transactions).toBe(3)
        const c1 = yield* portraitOf("C1")
        expect(c1?.portrait.all.hourBalance?.balance).toEqual([150, 100, 125])
        expect(c1?.portrait.all.hourBalance?.rank).toBe(2)
        expect((yield* portraitOf("C2"))?.portrait.all.hourBalance?.rank).toBe(1)
      })
    )
    expect(exit).toStrictEqual(Exit.void)
  })

  it("appends transactions once: re-applying the same rows adds nothing", async () => {
    const exit = await run(
      Effect.gen(function* () {
        yield* applyCustomersAndTrades
        const again = yield* stage("trade_flow", [trade("C1", "2026-10-01 09:00:00", "贷", 100, 100)])
        const result = yield* (yield* UpdateService).apply(admin, "trade_flow", [again.id])
        expect(result.transactions).toBe(3)
      })
    )
    expect(exit).toStrictEqual(Exit.void)
  })

  it("keeps the previous version served and reports the failure when the switch fails", async () => {
    let failSwitch = false
    const exit = await run(
      Effect.gen(function* () {
        yield* applyCustomersAndTrades
        failSwitch = true
        const more = yield* stage("trade_flow", [trade("C1", "2026-10-05 09:00:00", "借", 150, 0)])
        const failed = yield* Effect.exit((yield* UpdateService).apply(admin, "trade_flow", [more.id]))
        expect(Exit.isFailure(failed)).toBe(true)
        expect((yield* portraitOf("C1"))?.portrait.all.hourBalance?.balance).toEqual([150, 100, 125])
        const status = yield* (yield* UpdateService).status()
        expect(status.status).toBe(2)
        expect(status.message).toMatch(/failed, previous data kept/)
      }),
      (repo) => ({
        ...repo,
        activate: (p) => (failSwitch ? Effect.die(new Error("disk full")) : repo.activate(p))
      })
    )
    expect(exit).toStrictEqual(Exit.void)
  })

  it("answers UpdateRunning while another instance holds the update lease, and updates once it expired", async () => {
    const exit = await run(
      Effect.gen(function* () {
        const leases = yield* Leases
        const service = yield* UpdateService
        const now = yield* Clock.currentTimeMillis
        expect(yield* leases.acquire(UPDATE_LEASE, "other-instance", now, 60_000)).toBe(true)
        const refused = yield* Effect.either(service.recompute(admin))
        expect(refused._tag === "Left" && refused.left._tag).toBe("UpdateRunning")
        // The other instance crashed a while ago: its lease ran out.
        expect(yield* leases.acquire(UPDATE_LEASE, "other-instance", now - 120_000, 60_000)).toBe(true)
        expect((yield* Effect.either(service.recompute(admin)))._tag).toBe("Right")
        // Released once the update is done: free for every instance.
        expect(yield* leases.find(UPDATE_LEASE)).toEqual(Option.none())
      })
    )
    expect(exit).toStrictEqual(Exit.void)
  })

  it("answers UpdateRunning to a second update while one runs", async () => {
    const exit = await run(
      Effect.gen(function* () {
        const service = yield* UpdateService
        const c = yield* stage("company", [company("C1")])
        const both = yield* Effect.all(
          [Effect.either(service.apply(admin, "company", [c.id])), Effect.either(service.recompute(admin))],
          { concurrency: 2 }
        )
        const tags = both.map((e) => (e._tag === "Left" ? e.left._tag : "ok")).sort()
        expect(tags).toEqual(["UpdateRunning", "ok"])
      }),
      (repo) => ({
        ...repo,
        writePortraits: (v, p) => Effect.zipRight(Effect.sleep("20 millis"), repo.writePortraits(v, p))
      })
    )
    expect(exit).toStrictEqual(Exit.void)
  })

  it("refuses uploads and updates by anyone but a bank admin", async () => {
    const exit = await run(
      Effect.gen(function* () {
        const service = yield* UpdateService
        const denied = yield* Effect.flip(service.recompute(rm))
        expect(denied._tag).toBe("Forbidden")
        const alsoDenied = yield* Effect.flip(service.initialize(rm, "company"))
        expect(alsoDenied._tag).toBe("Forbidden")
      })
    )
    expect(exit).toStrictEqual(Exit.void)
  })

  it("refuses to apply a file id it does not know, or a rejected file", async () => {
    const exit = await run(
      Effect.gen(function* () {
        const service = yield* UpdateService
        expect((yield* Effect.flip(service.apply(admin, "company", ["999"])))._tag).toBe("NotFound")
        const bad = yield* service.upload(admin, "company", "bad.csv", () =>
          Effect.succeed({ report: { ...okReport("company", 1), ok: false }, rows: undefined })
        )
        expect((yield* Effect.flip(service.apply(admin, "company", [bad.id])))._tag).toBe("InvalidInput")
      })
    )
    expect(exit).toStrictEqual(Exit.void)
  })
})
