/**
 * Vitest global setup for the MongoDB adapter tests: a MongoDB-wire server for the whole run.
 * With MONGODB_URI set, that server is used as it is. Otherwise FerretDB v1 (SQLite backend, built by
 * scripts/ferretdb.sh) is started on a free port in a fresh temporary directory, and stopped and removed at the end.
 * Tests read the URI with `inject("mongoUri")`.
 */
import type { TestProject } from "vitest/node"
import { ensureFerretDb, startFerretDb } from "./support/ferretdb.js"

declare module "vitest" {
  export interface ProvidedContext {
    mongoUri: string
  }
}

export default async function setup(project: TestProject) {
  const given = process.env.MONGODB_URI
  if (given !== undefined && given !== "") {
    project.provide("mongoUri", given)
    return
  }
  ensureFerretDb()
  const server = await startFerretDb()
  project.provide("mongoUri", server.uri)
  return server.close
}
