/**
 * Vitest global setup for the MongoDB adapter tests: a MongoDB-compatible server for the whole run.
 * With MONGODB_URI set, that server (a real MongoDB) is used as it is. Otherwise the local test server
 * (DocumentDB, built by scripts/mongo-test-server.sh) is started on a free port in a fresh temporary directory,
 * and stopped and removed at the end. Tests read the URI with `inject("mongoUri")`.
 */
import type { TestProject } from "vitest/node"
import { ensureTestServer, startTestServer } from "./support/testServer.js"

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
  ensureTestServer()
  const server = await startTestServer()
  project.provide("mongoUri", server.uri)
  return server.close
}
