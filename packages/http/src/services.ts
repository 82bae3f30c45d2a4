/**
 * Wires the core services to a store, the Node crypto adapter and the configuration.
 */
import {
  AccountConfig,
  type AccountConfigShape,
  AccountService,
  AuditConfig,
  AuditService,
  DEFAULT_SESSION_CACHE_MS,
  defaultAuditConfig,
  ExportFiles,
  MatchingService,
  OrganisationService,
  readGenerationLayer,
  readModelWarmupLayer,
  StatisticsIndex,
  type StorePorts,
  sessionCacheLayer,
  UpdateConfig,
  UpdateService,
  UserAdminService,
  WealthIndex
} from "@wm/core"
import { Layer } from "effect"
import { exportQueueLayer } from "./exports/runner.js"
import { HttpConfig } from "./HttpConfig.js"
import { trustedProxies } from "./infra/clientOrigin.js"
import { isCommonPassword } from "./infra/commonPasswords.js"
import { makeFsExportFiles } from "./infra/FsExportFiles.js"
import * as NodeCrypto from "./infra/NodeCrypto.js"
import { offloadLayer, type WorkerOffloadOptions } from "./offload/WorkerOffload.js"

export type { StorePorts }

/** counterpartyBank values that mean our own bank, unless configured otherwise. */
export const DEFAULT_OUR_BANK_CODES: ReadonlyArray<string> = ["OURBANK"]

export interface ServiceOptions {
  readonly account: AccountConfigShape
  readonly cookieSecure: boolean
  /** IP addresses and CIDR ranges of the reverse proxies whose forwarding headers are believed; default none. */
  readonly trustedProxies?: ReadonlyArray<string>
  readonly scrypt?: NodeCrypto.ScryptCost
  /** How long audit events are kept; default defaultAuditConfig (400 days). */
  readonly auditRetentionMs?: number
  /** counterpartyBank values that count as in-bank (行内); default DEFAULT_OUR_BANK_CODES. */
  readonly ourBankCodes?: ReadonlyArray<string>
  /** The shared secret the gateway sends to the advisor zone (ADVISOR_ZONE_SECRET); unset: none required. */
  readonly advisorZoneSecret?: string | undefined
  /** How long the update lease lasts unrenewed (a crashed instance's update frees itself after it). */
  readonly updateLeaseMs?: number
  /** Where export files are kept (default `.data/exports`). */
  readonly exportDir?: string
  /** Run an update's heavy stages on worker threads (main.ts); without it they run in process. */
  readonly computeWorkers?: WorkerOffloadOptions
  /**
   * How long a verified session and its user are kept in memory (core SessionCache): the bound on how late a
   * sign-out or user change made on another instance is seen here. Default DEFAULT_SESSION_CACHE_MS; 0: none.
   */
  readonly sessionCacheMs?: number
  /**
   * The store is written by this process alone (the embedded store): read answers may be kept until this process
   * writes what they are built from (core ReadGeneration, api/memo.ts). Never for a database shared by instances.
   */
  readonly exclusiveStore?: boolean
}

/** The store with its SessionRepo and UserRepo read through the session cache (none when `ms` is 0). */
const withSessionCache = <E>(store: Layer.Layer<StorePorts, E>, ms: number): Layer.Layer<StorePorts, E> =>
  ms > 0 ? Layer.provideMerge(sessionCacheLayer(ms), store) : store

/** The store's data ports counting their writes (ReadGeneration), for a store written by this process alone. */
const withReadGeneration = <E>(store: Layer.Layer<StorePorts, E>, exclusive: boolean): Layer.Layer<StorePorts, E> =>
  exclusive ? Layer.provideMerge(readGenerationLayer, store) : store

export const servicesLayer = <E>(store: Layer.Layer<StorePorts, E>, options: ServiceOptions) =>
  Layer.mergeAll(
    AccountService.Default,
    UserAdminService.Default,
    OrganisationService.Default,
    UpdateService.Default,
    AuditService.Default
  ).pipe(
    // An update builds the new version's read models (those of the services below) before its switch.
    Layer.provideMerge(readModelWarmupLayer),
    Layer.provideMerge(Layer.mergeAll(MatchingService.Default, StatisticsIndex.DefaultWithoutDependencies)),
    // One wealth index, shared by the routes and the statistics index built from it.
    Layer.provideMerge(WealthIndex.Default),
    Layer.provideMerge(
      Layer.mergeAll(
        // Export files on disk, unless the store keeps its own (MongoDB: GridFS): a later layer's service wins.
        Layer.succeed(ExportFiles, makeFsExportFiles(options.exportDir ?? ".data/exports")),
        withReadGeneration(
          withSessionCache(store, options.sessionCacheMs ?? DEFAULT_SESSION_CACHE_MS),
          options.exclusiveStore ?? false
        ),
        NodeCrypto.layer(options.scrypt),
        // The common-password list of the HTTP service unless the configuration brings its own.
        AccountConfig.layer({
          ...options.account,
          passwordPolicy: { isCommon: isCommonPassword, ...options.account.passwordPolicy }
        }),
        AuditConfig.layer({ retentionMs: options.auditRetentionMs ?? defaultAuditConfig.retentionMs }),
        UpdateConfig.layer({
          ourBankCodes: options.ourBankCodes ?? DEFAULT_OUR_BANK_CODES,
          leaseTtlMs: options.updateLeaseMs
        }),
        Layer.succeed(HttpConfig, {
          cookieSecure: options.cookieSecure,
          trustedProxies: trustedProxies(options.trustedProxies ?? []),
          advisorZoneSecret: options.advisorZoneSecret
        }),
        exportQueueLayer,
        offloadLayer(options.computeWorkers)
      )
    )
  )

export type Services = Layer.Layer.Success<ReturnType<typeof servicesLayer>>
