/**
 * MongoStore.layer on a database of its own on the test server. Kept apart from mongoHarness.ts, which imports the
 * HTTP harness: test/http-shared/setup.ts mocks that harness with this module and must not import it back.
 */
import { Redacted } from "effect"
import { MongoStore } from "../../src/index.js"
import { mongoUri, uniqueDbName } from "../support.js"

/** MongoStore.layer on a fresh database of the test server (or of `uri`). */
export const freshMongoStore = (purpose = "http", uri = mongoUri()) =>
  MongoStore.layer({
    uri: Redacted.make(uri),
    dbName: uniqueDbName(purpose),
    clientOptions: { serverSelectionTimeoutMS: 5_000 }
  })
