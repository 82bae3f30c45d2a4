/**
 * @wm/mongo — the MongoDB adapter for every storage port of @wm/core (OrganisationRepo, UserRepo, SessionRepo,
 * SignInLog, CompanyRepo, DatasetRepo, Leases…), for MongoDB 6/7 (tested on DocumentDB, see
 * scripts/mongo-test-server.sh).
 *
 * Owning the connection (connects, pings, creates indexes; closes the client when the layer is released):
 *   MongoStore.layer({ uri: Redacted.make(uri), dbName: "wm" })
 *   MongoStore.layerConfig({ uri: Config.redacted("MONGODB_URI"), dbName: Config.string("MONGODB_DB") })
 * Borrowing a client the application already has (neither connected nor closed here):
 *   MongoStore.layerFromClient(client, "wm")
 * Tests: MongoStore.resetDatabase(client, dbName) empties a database and recreates its indexes.
 *
 * Every failure is core's StorageError (`unavailable: true` when MongoDB could not be reached), or Conflict for
 * an insert that would reuse a unique code or username.
 */
export type { MongoStoreConfig, MongoStorePorts } from "./MongoStore.js"
export * as MongoStore from "./MongoStore.js"
