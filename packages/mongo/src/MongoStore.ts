/**
 * Every storage port of core on one MongoDB database (MongoDB 6/7, or DocumentDB), in the style of Effect's
 * SQL drivers: `layer` opens and owns a client for the layer's lifetime, `layerFromClient` borrows one the
 * application already has. Both make sure the indexes exist before any port is used.
 */
import {
  AdvisorProductRepo,
  AuditLog,
  CompanyRepo,
  ContactRepo,
  DatasetRepo,
  ExportFiles,
  ExportTaskRepo,
  FocusRepo,
  Leases,
  MarketingRepo,
  OrganisationRepo,
  SessionRepo,
  SettingsRepo,
  SignInLog,
  StagingStore,
  type StorageError,
  type StorePorts,
  ThrottleStore,
  UserRepo
} from "@wm/core"
import { Config, Context, Effect, Layer, Redacted } from "effect"
import { type Db, MongoClient, type MongoClientOptions } from "mongodb"
import { makeAdvisorProductRepo } from "./AdvisorProductRepo.js"
import { makeAuditLog } from "./AuditLog.js"
import { makeCompanyRepo } from "./CompanyRepo.js"
import { makeContactRepo } from "./ContactRepo.js"
import { ensureIndexes } from "./collections.js"
import { makeDatasetRepo } from "./DatasetRepo.js"
import { makeExportTaskRepo } from "./ExportTaskRepo.js"
import { attempt, classify, connectionError, redactCredentials, storageError } from "./errors.js"
import { makeFocusRepo } from "./FocusRepo.js"
import { makeGridFsExportFiles } from "./GridFsExportFiles.js"
import { makeLeases } from "./LeaseRepo.js"
import { makeMarketingRepo } from "./MarketingRepo.js"
import { makeOrganisationRepo } from "./OrganisationRepo.js"
import { makeSessionRepo, makeSignInLog } from "./SessionRepo.js"
import { makeSettingsRepo } from "./SettingsRepo.js"
import { makeStagingStore } from "./StagingStore.js"
import { makeThrottleStore } from "./ThrottleStore.js"
import { makeUserRepo } from "./UserRepo.js"

export type MongoStorePorts = StorePorts | ExportFiles

export interface MongoStoreConfig {
  /** A mongodb:// or mongodb+srv:// connection string; Redacted keeps a password in it out of logs. */
  readonly uri: string | Redacted.Redacted<string>
  readonly dbName: string
  /** Driver options, e.g. serverSelectionTimeoutMS (the connection string may carry them as well). */
  readonly clientOptions?: MongoClientOptions | undefined
}

/** The servers a connection string names, without scheme, credentials, database or options. */
const hostsOf = (uri: string): string =>
  uri
    .replace(/^[a-z+]+:\/\//i, "")
    .replace(/^[^@/]*@/, "")
    .split(/[/?]/)[0] || "(no host)"

const database = (client: MongoClient, dbName: string) =>
  Effect.try({ try: () => client.db(dbName), catch: (error) => classify(`open database ${dbName}`, error) })

const ports = (db: Db) =>
  Context.make(OrganisationRepo, makeOrganisationRepo(db)).pipe(
    Context.add(UserRepo, makeUserRepo(db)),
    Context.add(SessionRepo, makeSessionRepo(db)),
    Context.add(SignInLog, makeSignInLog(db)),
    Context.add(CompanyRepo, makeCompanyRepo(db)),
    Context.add(DatasetRepo, makeDatasetRepo(db)),
    Context.add(SettingsRepo, makeSettingsRepo(db)),
    Context.add(ContactRepo, makeContactRepo(db)),
    Context.add(AuditLog, makeAuditLog(db)),
    Context.add(AdvisorProductRepo, makeAdvisorProductRepo(db)),
    Context.add(Leases, makeLeases(db)),
    Context.add(MarketingRepo, makeMarketingRepo(db)),
    Context.add(FocusRepo, makeFocusRepo(db)),
    Context.add(ExportTaskRepo, makeExportTaskRepo(db)),
    Context.add(StagingStore, makeStagingStore(db)),
    Context.add(ThrottleStore, makeThrottleStore(db)),
    // Export files in GridFS: the store's ExportFiles takes the place of the server's files on disk.
    Context.add(ExportFiles, makeGridFsExportFiles(db))
  )

/** The ports on a client the caller owns: the client is neither connected nor closed here. */
export const layerFromClient = (client: MongoClient, dbName: string): Layer.Layer<MongoStorePorts, StorageError> =>
  Layer.effectContext(Effect.flatMap(database(client, dbName), (db) => Effect.as(ensureIndexes(db), ports(db))))

/** A client connected and pinged, closed when the scope ends; fails with a clear StorageError when unreachable. */
export const connect = (config: MongoStoreConfig) => {
  const uri = Redacted.isRedacted(config.uri) ? Redacted.value(config.uri) : config.uri
  const hosts = hostsOf(uri)
  return Effect.acquireRelease(
    Effect.try({
      try: () => new MongoClient(uri, config.clientOptions),
      catch: (error) =>
        storageError("connect", `invalid MongoDB connection string: ${redactCredentials(String(error))}`, false)
    }),
    (client) => Effect.ignoreLogged(Effect.tryPromise(() => client.close()))
  ).pipe(
    Effect.tap((client) =>
      Effect.tryPromise({
        try: async () => {
          await client.connect()
          await client.db(config.dbName).command({ ping: 1 })
        },
        catch: (error) => connectionError(hosts, config.dbName, error)
      })
    )
  )
}

/** Connects to `uri`, provides every port on `dbName`, and closes the client when the layer is released. */
export const layer = (config: MongoStoreConfig): Layer.Layer<MongoStorePorts, StorageError> =>
  Layer.unwrapScoped(Effect.map(connect(config), (client) => layerFromClient(client, config.dbName)))

/** `layer` with its settings read from Effect Config, e.g. `{ uri: Config.redacted("MONGODB_URI"), … }`. */
export const layerConfig = (config: Config.Config.Wrap<Omit<MongoStoreConfig, "clientOptions">>) =>
  Layer.unwrapEffect(Effect.map(Config.unwrap(config), layer))

/**
 * Empties the database for tests: drops it, then recreates the indexes so the ports keep their guarantees.
 * Refuses MongoDB's own databases.
 */
export const resetDatabase = (client: MongoClient, dbName: string): Effect.Effect<void, StorageError> =>
  ["admin", "local", "config"].includes(dbName)
    ? Effect.fail(storageError(`reset database ${dbName}`, `refusing to drop the system database ${dbName}`, false))
    : Effect.flatMap(database(client, dbName), (db) =>
        Effect.zipRight(
          attempt(`drop database ${dbName}`, () => db.dropDatabase()),
          ensureIndexes(db)
        )
      )
