// Two UpdateService instances on one MongoDB database, as two app instances: a file staged through one is applied
// through the other, and an instance paused past its update lease (its renewals stopped) while another took the
// update over cannot switch the data version when it resumes.
import {
  type Actor,
  DatasetRepo,
  Leases,
  OrganisationRepo,
  type StorageError,
  UpdateConfig,
  UpdateService,
  type UploadRow,
  type UploadType,
  type User,
  type ValidationReport
} from "@wm/core"
import { Deferred, Effect, Exit, Layer, ManagedRuntime, Option, Stream } from "effect"
import { afterAll, beforeAll, expect, it } from "vitest"
import { MongoStore } from "../src/index.js"
import { newBranch, newOutlet } from "./fixtures.js"
import { testClient } from "./support.js"

const LEASE_MS = 400
const admin = { user: { id: 1, role: 1, username: "admin" } as unknown as User, sessionHash: "" } satisfies Actor

let test: Awaited<ReturnType<typeof testClient>>
let dbName: string
beforeAll(async () => {
  test = await testClient()
  dbName = test.dbName("lease")
})
afterAll(() => test.close())

/** A gate an instance's recompute waits at before it writes portraits; `entered` says it got there. */
const makeGate = Effect.all({ entered: Deferred.make<void>(), open: Deferred.make<void>() })
type Gate = Effect.Effect.Success<typeof makeGate>

/** One app instance; `paused` stops its lease renewals (a stopped process) and holds its recompute at `gate`. */
const instance = (options: { readonly gate?: Gate; readonly paused?: boolean } = {}) => {
  const store = MongoStore.layerFromClient(test.client, dbName)
  const altered = Layer.merge(
    Layer.effect(
      DatasetRepo,
      Effect.map(DatasetRepo, (repo) => ({
        ...repo,
        writePortraits: (version: number, portraits: Parameters<typeof repo.writePortraits>[1]) =>
          options.gate === undefined
            ? repo.writePortraits(version, portraits)
            : Effect.zipRight(
                Effect.zipRight(Deferred.succeed(options.gate.entered, undefined), Deferred.await(options.gate.open)),
                repo.writePortraits(version, portraits)
              )
      }))
    ),
    Layer.effect(
      Leases,
      Effect.map(Leases, (leases) => ({
        ...leases,
        renew: (...args: Parameters<typeof leases.renew>): Effect.Effect<boolean, StorageError> =>
          options.paused ? Effect.succeed(true) : leases.renew(...args)
      }))
    )
  ).pipe(Layer.provide(store))
  const ports = Layer.merge(store, altered)
  const config = UpdateConfig.layer({ ourBankCodes: ["OURBANK"], leaseTtlMs: LEASE_MS })
  return ManagedRuntime.make(UpdateService.Default.pipe(Layer.provideMerge(Layer.merge(ports, config))))
}

const okReport = (type: UploadType, rows: number): ValidationReport => ({
  type,
  ok: true,
  rows,
  errors: [],
  errorCount: 0,
  fileErrors: [],
  definedCodes: []
})

const stage = <T extends UploadType>(type: T, rows: ReadonlyArray<UploadRow<T>>) =>
  Effect.flatMap(UpdateService, (s) =>
    s.upload(admin, type, `${type}.csv`, () =>
      Effect.succeed({ report: okReport(type, rows.length), rows: rows as ReadonlyArray<UploadRow<UploadType>> })
    )
  )

const flow = (tradeTime: string, amount: number, balance: number): UploadRow<"trade_flow"> => ({
  companyCode: "C1",
  accountNo: "A1",
  tradeTime,
  direction: "贷",
  amount,
  balance,
  counterpartyBank: null,
  channel: "网银"
})

const activeVersion = Effect.flatMap(DatasetRepo, (data) =>
  Effect.map(data.pointer(), (p) => Option.getOrThrow(p).version)
)
const tradeCount = Effect.flatMap(DatasetRepo, (data) =>
  Effect.flatMap(data.pointer(), (p) => Stream.runCount(data.readRows(Option.getOrThrow(p), "trade_flow")))
)

it("a file staged through one instance is applied through another; a paused instance whose lease was taken over cannot switch", {
  timeout: 120_000
}, async () => {
  const gateA = await Effect.runPromise(makeGate)
  const gateB = await Effect.runPromise(makeGate)
  const a = instance({ gate: gateA, paused: true })
  const b = instance({ gate: gateB })
  const plain = instance()
  try {
    await plain.runPromise(
      Effect.gen(function* () {
        const orgs = yield* OrganisationRepo
        const branch = yield* orgs.insertBranch(newBranch("B1"))
        yield* orgs.insertOutlet(newOutlet("O1", branch.id))
        const customers = yield* stage("company", [
          {
            code: "C1",
            name: "C1 有限公司",
            outletCode: "O1",
            linkman: "张三",
            contact: "13800000000",
            riskRating: "R3",
            listedCompanyId: null
          }
        ])
        yield* (yield* UpdateService).apply(admin, "company", [customers.id])
      })
    )
    const before = await plain.runPromise(activeVersion)

    // Staged through A, listed and applied through B (below); another file staged through A, applied by A.
    const forB = await a.runPromise(stage("trade_flow", [flow("2026-10-01 09:00:00", 100, 100)]))
    const forA = await a.runPromise(stage("trade_flow", [flow("2026-10-02 09:00:00", 50, 150)]))
    const listed = await b.runPromise(Effect.flatMap(UpdateService, (s) => s.batches(admin)))
    expect(listed.find((t) => t.type === "trade_flow")?.files.map((f) => f.id)).toEqual([forB.id, forA.id])

    // A starts its update and stops before its switch; without renewals its lease lapses.
    const applyA = a.runPromiseExit(Effect.flatMap(UpdateService, (s) => s.apply(admin, "trade_flow", [forA.id])))
    await Effect.runPromise(Deferred.await(gateA.entered))
    await new Promise((r) => setTimeout(r, LEASE_MS * 2))
    // B takes the update over and is writing its version when A resumes: A's switch is refused.
    const applyB = b.runPromiseExit(Effect.flatMap(UpdateService, (s) => s.apply(admin, "trade_flow", [forB.id])))
    await Effect.runPromise(Deferred.await(gateB.entered))
    await Effect.runPromise(Deferred.succeed(gateA.open, undefined))
    const exitA = await applyA
    expect(Exit.isFailure(exitA) && exitA.cause._tag === "Fail" && exitA.cause.error._tag).toBe("UpdateRunning")
    expect(await plain.runPromise(activeVersion)).toBe(before)
    const statusA = await a.runPromise(Effect.flatMap(UpdateService, (s) => s.status()))
    expect([statusA.status, statusA.message]).toEqual([2, expect.stringMatching(/lease was lost/)])

    // B finishes: its version is the active one, with B's file only; A's file is still staged.
    await Effect.runPromise(Deferred.succeed(gateB.open, undefined))
    const exitB = await applyB
    expect(Exit.isSuccess(exitB)).toBe(true)
    expect(await plain.runPromise(activeVersion)).toBeGreaterThan(before)
    expect(await plain.runPromise(tradeCount)).toBe(1)
    const after = await plain.runPromise(Effect.flatMap(UpdateService, (s) => s.batches(admin)))
    expect(after.find((t) => t.type === "trade_flow")?.files.map((f) => f.id)).toEqual([forA.id])
  } finally {
    await Promise.all([a.dispose(), b.dispose(), plain.dispose()])
  }
})
