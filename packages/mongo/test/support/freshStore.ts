/**
 * MongoStore.layer on a database of its own on the test server. Kept apart from mongoHarness.ts, which imports the
 * HTTP harness: test/http-shared/setup.ts mocks that harness with this module and must not import it back.
 */
import { Effect, Layer, Redacted } from "effect"
import { MongoStore } from "../../src/index.js"
import { mongoUri, uniqueDbName } from "../support.js"

/**
 * MongoStore.layer on a fresh database of the test server (or of `uri`; named `dbName`), for the HTTP harness.
 *
 * The harness runs the app on a manual clock set weeks before the server's own clock, so every sign-in throttle
 * entry it writes has already expired by the server's time, and the server's TTL monitor would remove entries the
 * app still counts whenever it happened to run during a test. On a harness's database the TTL index is dropped once
 * the store has created it; the reads still ignore expired entries by the app's clock, and the index itself is
 * tested on the server's time in throttle.instances.test.ts.
 */
export const freshMongoStore = (purpose = "http", uri = mongoUri(), dbName = uniqueDbName(purpose)) =>
  Layer.unwrapScoped(
    Effect.map(
      MongoStore.connect({ uri: Redacted.make(uri), dbName, clientOptions: { serverSelectionTimeoutMS: 5_000 } }),
      (client) =>
        MongoStore.layerFromClient(client, dbName).pipe(
          Layer.tap(() =>
            Effect.promise(() => client.db(dbName).collection("signInThrottle").dropIndex("expiresAt_ttl"))
          )
        )
    )
  )
