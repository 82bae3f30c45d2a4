// Applying an organization file makes it the whole tree: what it leaves out goes, unless still in use.
import { Effect, Exit, Layer, Option } from "effect"
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
  UserRepo,
  type ValidationReport
} from "../src/index.js"

const admin = { user: { id: 1, role: 1, username: "admin" } as unknown as User, sessionHash: "" } satisfies Actor
const okReport = (type: string, rows: number): ValidationReport =>
  ({ type, ok: true, rows, errors: [], errorCount: 0, fileErrors: [], definedCodes: [] }) as unknown as ValidationReport

const org = (branchCode: string, outletCode: string, outletName = `${outletCode} 网点`, branchName = branchCode) =>
  ({ branchCode, branchName, outletCode, outletName }) satisfies UploadRow<"organization">
const company = (code: string, outletCode: string): UploadRow<"company"> => ({
  code,
  name: `${code} 有限公司`,
  outletCode,
  linkman: "张三",
  contact: "13800000000",
  riskRating: null,
  listedCompanyId: null
})

const apply = <T extends "organization" | "company">(type: T, rows: ReadonlyArray<UploadRow<T>>) =>
  Effect.gen(function* () {
    const service = yield* UpdateService
    const file = yield* service.upload(admin, type, `${type}.csv`, () =>
      Effect.succeed({ report: okReport(type, rows.length), rows: rows as ReadonlyArray<UploadRow<UploadType>> })
    )
    return yield* service.apply(admin, type, [file.id])
  })

/** A user of the given role in an outlet or sub-branch, by code. */
const addUser = (username: string, role: 3 | 4, outletOrBranch: string) =>
  Effect.gen(function* () {
    const orgs = yield* OrganisationRepo
    const outlet = Option.getOrUndefined(yield* orgs.findOutlet(outletOrBranch as OrgCode))
    const branch = outlet ? undefined : Option.getOrThrow(yield* orgs.findBranch(outletOrBranch as OrgCode))
    return yield* (yield* UserRepo).insert({
      username: username as never,
      name: username,
      role,
      branchId: outlet?.branchId ?? branch!.id,
      outletId: outlet?.id ?? null,
      passwordHash: "",
      initialized: true,
      failedSignIns: 0,
      lockedUntil: null,
      createdAt: 0,
      createdBy: null,
      updatedAt: 0
    })
  })

const tree = Effect.gen(function* () {
  const orgs = yield* OrganisationRepo
  const branches = new Map((yield* orgs.listBranches()).map((b) => [b.id, b.code]))
  return (yield* orgs.listOutlets({})).map((o) => `${branches.get(o.branchId)}/${o.code} ${o.name}`).sort()
})

const initial = [org("B1", "O1"), org("B1", "O2"), org("B2", "O3")]

const run = <A, E>(program: Effect.Effect<A, E, UpdateService | DatasetRepo | OrganisationRepo | UserRepo>) => {
  const base = Layer.merge(MemoryStore.layer, UpdateConfig.layer({ ourBankCodes: ["OURBANK"] }))
  const layer = UpdateService.Default.pipe(Layer.provideMerge(base))
  return Effect.runPromise(
    Effect.gen(function* () {
      yield* apply("organization", initial)
      return yield* program
    }).pipe(Effect.provide(layer))
  )
}

describe("applying an organization file", () => {
  it("removes outlets it leaves out and sub-branches left without outlets", async () => {
    await run(
      Effect.gen(function* () {
        yield* apply("organization", [org("B1", "O1")])
        expect(yield* tree).toEqual(["B1/O1 O1 网点"])
        expect((yield* (yield* OrganisationRepo).listBranches()).map((b) => b.code)).toEqual(["B1"])
      })
    )
  })

  it("renames and moves outlets, and an outlet RM's sub-branch follows the move", async () => {
    await run(
      Effect.gen(function* () {
        const rm = yield* addUser("rm", 4, "O1")
        yield* apply("company", [company("C1", "O1")])
        yield* apply("organization", [org("B2", "O1", "新名网点"), org("B1", "O2"), org("B2", "O3")])
        expect(yield* tree).toEqual(["B1/O2 O2 网点", "B2/O1 新名网点", "B2/O3 O3 网点"])
        const b2 = Option.getOrThrow(yield* (yield* OrganisationRepo).findBranch("B2" as OrgCode))
        expect(Option.getOrThrow(yield* (yield* UserRepo).findById(rm.id)).branchId).toBe(b2.id)
      })
    )
  })

  it("is refused before anything is written when a left-out outlet still has customers or users", async () => {
    await run(
      Effect.gen(function* () {
        yield* addUser("rm", 4, "O3")
        yield* apply("company", [company("C1", "O2"), company("C2", "O2")])
        const before = Option.getOrThrow(yield* (yield* DatasetRepo).pointer())
        const exit = yield* Effect.exit(apply("organization", [org("B1", "O1"), org("B1", "O9")]))
        expect(exit).toStrictEqual(
          Exit.fail(
            expect.objectContaining({
              _tag: "Conflict",
              reason: expect.stringMatching(/outlet O2 \(2 customers, 0 users\); outlet O3 \(0 customers, 1 users\)/)
            })
          )
        )
        expect(yield* tree).toEqual(["B1/O1 O1 网点", "B1/O2 O2 网点", "B2/O3 O3 网点"])
        expect(Option.getOrThrow(yield* (yield* DatasetRepo).pointer())).toEqual(before)
        const status = yield* (yield* UpdateService).status()
        expect(status).toMatchObject({ status: 2, type: "organization", version: before.version })
        expect(status.message).toMatch(/failed, previous data kept: .*outlet O2 \(2 customers/)
      })
    )
  })

  it("is refused when a left-out sub-branch still has its own users", async () => {
    await run(
      Effect.gen(function* () {
        yield* addUser("west_admin", 3, "B2")
        const exit = yield* Effect.exit(apply("organization", [org("B1", "O1"), org("B1", "O2")]))
        expect(Exit.isFailure(exit) && String(Exit.causeOption(exit))).toMatch(/sub-branch B2 \(1 users\)/)
        expect(yield* tree).toContain("B2/O3 O3 网点")
      })
    )
  })

  it("refuses a file that uses one code for a sub-branch and an outlet", async () => {
    await run(
      Effect.gen(function* () {
        const exit = yield* Effect.exit(apply("organization", [org("B1", "O1"), org("O1", "O2")]))
        expect(Exit.isFailure(exit) && String(Exit.causeOption(exit))).toMatch(/both as sub-branch and outlet: O1/)
        expect(yield* tree).toHaveLength(3)
      })
    )
  })
})
