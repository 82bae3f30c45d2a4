// MongoStore's layers: connecting, failing clearly when MongoDB cannot be reached, idempotent indexes, the
// borrowed client left open, and the test reset.
import { createServer } from "node:net"
import { inspect } from "node:util"
import { OrganisationRepo, UserRepo } from "@wm/core"
import { Cause, Config, ConfigProvider, Effect, Exit, Layer, Redacted } from "effect"
import { MongoClient } from "mongodb"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { MongoStore } from "../src/index.js"
import { newBranch, newUser } from "./fixtures.js"
import { mongoUri, testClient } from "./support.js"

/** A port nothing listens on: taken from the OS, then released. */
const closedPort = () =>
  new Promise<number>((done) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address()
      server.close(() => done(typeof address === "object" && address !== null ? address.port : 1))
    })
  })

let test: Awaited<ReturnType<typeof testClient>>
beforeAll(async () => {
  test = await testClient()
})
afterAll(() => test.close())

describe("MongoStore.layer", () => {
  it("connects, provides every port, and works on a fresh database", async () => {
    const dbName = test.dbName("layer")
    const program = Effect.gen(function* () {
      const branch = yield* (yield* OrganisationRepo).insertBranch(newBranch("B01"))
      const user = yield* (yield* UserRepo).insert(newUser("alice", { role: 3, branchId: branch.id }))
      return [branch.id, user.branchId]
    })
    const layer = MongoStore.layer({ uri: Redacted.make(mongoUri()), dbName })
    expect(await Effect.runPromise(Effect.provide(program, layer))).toEqual([1, 1])
  })

  it("reads its settings from Effect Config with layerConfig", async () => {
    const dbName = test.dbName("config")
    const layer = MongoStore.layerConfig({ uri: Config.redacted("MONGODB_URI"), dbName: Config.string("MONGODB_DB") })
    const config = ConfigProvider.fromMap(
      new Map([
        ["MONGODB_URI", mongoUri()],
        ["MONGODB_DB", dbName]
      ])
    )
    const program = Effect.flatMap(OrganisationRepo, (orgs) => orgs.insertBranch(newBranch("B01")))
    const branch = await Effect.runPromise(
      Effect.provide(program, layer.pipe(Layer.provide(Layer.setConfigProvider(config))))
    )
    expect(branch.id).toBe(1)
  })

  it("fails with an unavailable StorageError naming the server, never the password, when nothing listens", async () => {
    const port = await closedPort()
    const uri = `mongodb://wm-user:s3cret-Pa55@127.0.0.1:${port}/?serverSelectionTimeoutMS=300`
    const started = Date.now()
    const exit = await Effect.runPromiseExit(Effect.provide(Effect.void, MongoStore.layer({ uri, dbName: "wm" })))
    expect(Date.now() - started).toBeLessThan(10_000)
    if (Exit.isSuccess(exit)) throw new Error("the layer connected to a closed port")
    const error = Cause.squash(exit.cause)
    expect(error).toMatchObject({ _tag: "StorageError", operation: "connect", unavailable: true })
    expect((error as Error).message).toMatch(
      new RegExp(`^cannot reach MongoDB at 127\\.0\\.0\\.1:${port} \\(database wm\\): `)
    )
    for (const rendered of [(error as Error).message, Cause.pretty(exit.cause), inspect(error, { depth: 10 })]) {
      expect(rendered).not.toContain("s3cret-Pa55")
    }
  })

  it("fails with a StorageError, not a defect, for a malformed connection string", async () => {
    const exit = await Effect.runPromiseExit(
      Effect.provide(Effect.void, MongoStore.layer({ uri: "mysql://root:hunter2@db/wm", dbName: "wm" }))
    )
    const error = Exit.isFailure(exit) ? Cause.squash(exit.cause) : undefined
    expect(error).toMatchObject({ _tag: "StorageError", unavailable: false })
    expect((error as Error).message).toMatch(/^invalid MongoDB connection string: /)
    expect((error as Error).message).not.toContain("hunter2")
  })
})

describe("MongoStore.layerFromClient", () => {
  it("creates the indexes idempotently, and leaves the borrowed client open", async () => {
    const dbName = test.dbName("indexes")
    const layer = MongoStore.layerFromClient(test.client, dbName)
    await Effect.runPromise(Effect.provide(Effect.void, layer))
    await Effect.runPromise(Effect.provide(Effect.void, layer))
    const db = test.client.db(dbName)
    const unique = async (collection: string) =>
      (await db.collection(collection).indexes()).filter((i) => i.unique === true).map((i) => i.name)
    expect(await unique("organisations")).toEqual(expect.arrayContaining(["codeKey_unique", "kind_id_unique"]))
    expect(await unique("users")).toEqual(expect.arrayContaining(["id_unique", "usernameKey_unique"]))
    expect(await unique("sessions")).toEqual(expect.arrayContaining(["tokenHash_unique"]))
    expect(await db.command({ ping: 1 })).toMatchObject({ ok: 1 })
  })

  it("fails with an unavailable StorageError when the client cannot reach its server", async () => {
    const client = new MongoClient(`mongodb://127.0.0.1:${await closedPort()}/`, { serverSelectionTimeoutMS: 300 })
    try {
      const exit = await Effect.runPromiseExit(Layer.launch(MongoStore.layerFromClient(client, "wm")))
      const error = Exit.isFailure(exit) ? Cause.squash(exit.cause) : undefined
      expect(error).toMatchObject({ _tag: "StorageError", unavailable: true })
    } finally {
      await client.close()
    }
  })
})

describe("MongoStore.resetDatabase", () => {
  it("empties the database but keeps the unique indexes working", async () => {
    const dbName = test.dbName("reset")
    const layer = MongoStore.layerFromClient(test.client, dbName)
    const insertAlice = Effect.flatMap(UserRepo, (users) => users.insert(newUser("alice")))
    await Effect.runPromise(Effect.provide(insertAlice, layer))
    await Effect.runPromise(MongoStore.resetDatabase(test.client, dbName))
    const again = Effect.zipRight(insertAlice, Effect.flip(insertAlice))
    expect(await Effect.runPromise(Effect.provide(again, layer))).toMatchObject({ _tag: "Conflict" })
  })

  it("refuses MongoDB's system databases", async () => {
    const error = await Effect.runPromise(Effect.flip(MongoStore.resetDatabase(test.client, "admin")))
    expect(error).toMatchObject({ _tag: "StorageError", unavailable: false })
  })
})
