/**
 * Shared by the adapter tests: the server URI from globalSetup, a database name no other test uses, and a client
 * that drops its databases when done.
 */
import { randomBytes } from "node:crypto"
import { MongoClient } from "mongodb"
import { inject } from "vitest"

export const mongoUri = (): string => {
  const uri = inject("mongoUri")
  if (typeof uri !== "string" || uri === "") {
    throw new Error(
      "no MongoDB for the tests: run them with packages/mongo/vitest.config.ts (its globalSetup starts the local test server) or set MONGODB_URI"
    )
  }
  return uri
}

/** Letters, digits and "_" only, short: valid on every MongoDB-compatible server. */
export const uniqueDbName = (purpose: string) => `wm_${purpose}_${process.pid}_${randomBytes(4).toString("hex")}`

/** A connected client that remembers the databases a test file used, to drop them at the end. */
export const testClient = async () => {
  const client = new MongoClient(mongoUri(), { serverSelectionTimeoutMS: 5_000 })
  await client.connect()
  const used = new Set<string>()
  return {
    client,
    dbName: (purpose: string) => {
      const name = uniqueDbName(purpose)
      used.add(name)
      return name
    },
    close: async () => {
      for (const name of used) await client.db(name).dropDatabase()
      await client.close()
    }
  }
}
