// What the MongoDB adapter guarantees beyond the port contract: how records are stored, ids under concurrency,
// stored documents the schemas reject, literal keywords, code order, and atomic customer snapshots.
import {
  Company,
  type CompanyCode,
  CompanyRepo,
  MemoryStore,
  OrganisationRepo,
  type OrgCode,
  User,
  UserRepo
} from "@wm/core"
import { Effect, Either, Layer, Option } from "effect"
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest"
import { MongoStore } from "../src/index.js"
import { newBranch, newOutlet, newUser } from "./fixtures.js"
import { testClient } from "./support.js"

let test: Awaited<ReturnType<typeof testClient>>
let dbName: string
let run: <A, E>(program: Effect.Effect<A, E, MongoStore.MongoStorePorts>) => Promise<A>

beforeAll(async () => {
  test = await testClient()
})
afterAll(() => test.close())
beforeEach(() => {
  dbName = test.dbName("adapter")
  const layer = Layer.memoize(MongoStore.layerFromClient(test.client, dbName))
  run = (program) => Effect.runPromise(Effect.scoped(Effect.flatMap(layer, (l) => Effect.provide(program, l))))
})

const raw = (collection: string) => test.client.db(dbName).collection(collection)

const company = (code: string, outletCode: string, name = `Company ${code}`) =>
  new Company({
    code: code as CompanyCode,
    name,
    outletCode: outletCode as OrgCode,
    linkman: "Li Lei",
    contact: "13800000000",
    riskRating: null,
    listedCompanyId: null
  })

describe("stored documents", () => {
  it("are plain fields plus a lowercased key; records come back as core classes without _id", async () => {
    const alice = await run(Effect.flatMap(UserRepo, (users) => users.insert(newUser("Alice"))))
    const doc = await raw("users").findOne({ id: alice.id }, { projection: { _id: 0 } })
    expect(doc).toEqual({ ...alice, usernameKey: "alice" })
    const found = await run(Effect.flatMap(UserRepo, (users) => users.findById(alice.id)))
    expect(Option.getOrThrow(found)).toBeInstanceOf(User)
    expect(Object.keys(Option.getOrThrow(found))).not.toContain("_id")
  })

  it("a document the core schema rejects is a StorageError that says so, not a defect", async () => {
    const alice = await run(Effect.flatMap(UserRepo, (users) => users.insert(newUser("alice"))))
    await raw("users").updateOne({ id: alice.id }, { $set: { role: 9 } })
    const error = await run(Effect.flip(Effect.flatMap(UserRepo, (users) => users.findById(alice.id))))
    expect(error).toMatchObject({ _tag: "StorageError", unavailable: false })
    expect(error.message).toMatch(/^read a user: a stored document is invalid/)
  })
})

describe("order", () => {
  it("sub-branches and outlets come in the reference store's binary code order, not a locale order", async () => {
    const program = Effect.gen(function* () {
      const orgs = yield* OrganisationRepo
      const branches = yield* Effect.forEach(["b2", "B1", "A_1", "a1", "A-1"], (c) => orgs.insertBranch(newBranch(c)))
      for (const [i, code] of ["o1", "O2", "O-3", "O_4", "o5"].entries()) {
        yield* orgs.insertOutlet(newOutlet(code, branches[i % 2]!.id))
      }
      const listed = [yield* orgs.listBranches(), yield* orgs.listOutlets({})]
      return listed.map((list) => list.map((o) => o.code))
    })
    const expected = await Effect.runPromise(Effect.provide(program, MemoryStore.layer))
    expect(expected[0]).toEqual(["A-1", "A_1", "B1", "a1", "b2"])
    expect(await run(program)).toEqual(expected)
  })
})

describe("ids and uniqueness", () => {
  // Ids come from $inc on a counter document plus a claim per id: never handed out twice, even under concurrency.
  it("concurrent inserts on a fresh database get distinct ids", async () => {
    const [branches, users] = await run(
      Effect.all([OrganisationRepo, UserRepo]).pipe(
        Effect.flatMap(([orgs, users]) =>
          Effect.all(
            [
              Effect.forEach(
                Array.from({ length: 20 }, (_, i) => orgs.insertBranch(newBranch(`B${i}`))),
                (e) => e,
                {
                  concurrency: "unbounded"
                }
              ),
              Effect.forEach(
                Array.from({ length: 20 }, (_, i) => users.insert(newUser(`user${i}`))),
                (e) => e,
                {
                  concurrency: "unbounded"
                }
              )
            ],
            { concurrency: 2 }
          )
        )
      )
    )
    expect(new Set(branches.map((b) => b.id)).size).toBe(20)
    expect(new Set(users.map((u) => u.id)).size).toBe(20)
  })

  it("renaming a user onto a taken username fails as a StorageError and changes nothing", async () => {
    const [alice, bob] = await run(
      Effect.flatMap(UserRepo, (users) => Effect.all([users.insert(newUser("alice")), users.insert(newUser("bob"))]))
    )
    const renamed = new User({ ...bob, username: alice.username })
    const error = await run(Effect.flip(Effect.flatMap(UserRepo, (users) => users.update(renamed))))
    expect(error).toMatchObject({ _tag: "StorageError", unavailable: false })
    expect(await raw("users").countDocuments({ usernameKey: "bob" })).toBe(1)
  })

  it("keywords with pattern characters are matched literally and never break the query", async () => {
    const found = await run(
      Effect.gen(function* () {
        const users = yield* UserRepo
        yield* users.insert(newUser("tom", { name: "Tom a(b [x] \\ ^$" }))
        return yield* Effect.forEach(["(", "[x]", "\\", "^$", "a(b", "*"], (keyword) => users.count({ keyword }))
      })
    )
    expect(found).toEqual([1, 1, 1, 1, 1, 0])
  })
})

describe("customer snapshots", () => {
  const codes = Effect.flatMap(CompanyRepo, (repo) =>
    Effect.forEach(["C1", "C2", "C3", "C4"], (c) => repo.findByCode(c as CompanyCode))
  ).pipe(Effect.map((found) => found.flatMap((c) => (Option.isSome(c) ? [c.value.code] : []))))

  it("keep the replaced snapshot until the next replacement (collections dropped, never emptied), and only show the current one", async () => {
    const generations = async () =>
      (
        await test.client
          .db(dbName)
          .listCollections({ name: { $regex: "^companies\\.g" } })
          .toArray()
      )
        .map((c) => c.name)
        .sort()
    await run(Effect.flatMap(CompanyRepo, (repo) => repo.replaceAll([company("C1", "O1")])))
    await run(Effect.flatMap(CompanyRepo, (repo) => repo.replaceAll([company("C2", "O1")])))
    expect(await generations()).toHaveLength(2)
    expect(await run(codes)).toEqual(["C2"])
    await run(Effect.flatMap(CompanyRepo, (repo) => repo.replaceAll([company("C3", "O1")])))
    expect(await generations()).toHaveLength(2)
    expect(await run(codes)).toEqual(["C3"])
  })

  it("a snapshot listing a code twice keeps the last one", async () => {
    const name = await run(
      Effect.gen(function* () {
        const repo = yield* CompanyRepo
        yield* repo.replaceAll([company("C1", "O1", "First"), company("C1", "O2", "Second")])
        return Option.map(yield* repo.findByCode("C1" as CompanyCode), (c) => [c.name, c.outletCode])
      })
    )
    expect(name).toEqual(Option.some(["Second", "O2"]))
  })

  it("two replacements at once leave exactly one of them, never a mix", async () => {
    const outcomes = await run(
      Effect.flatMap(CompanyRepo, (repo) =>
        Effect.all(
          [
            Effect.either(repo.replaceAll([company("C1", "O1"), company("C2", "O1")])),
            Effect.either(repo.replaceAll([company("C3", "O1"), company("C4", "O1")]))
          ],
          { concurrency: 2 }
        )
      )
    )
    for (const outcome of outcomes) if (Either.isLeft(outcome)) expect(outcome.left._tag).toBe("StorageError")
    expect([
      ["C1", "C2"],
      ["C3", "C4"]
    ]).toContainEqual(await run(codes))
  })
})
