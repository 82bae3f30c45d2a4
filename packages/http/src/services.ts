/**
 * Wires the core services to a store, the Node crypto adapter and the configuration.
 */
import {
  AccountConfig,
  type AccountConfigShape,
  AccountService,
  ExportFiles,
  MatchingService,
  OrganisationService,
  StatisticsIndex,
  type StorePorts,
  UpdateConfig,
  UpdateService,
  UserAdminService,
  WealthIndex
} from "@wm/core"
import { Layer } from "effect"
import { exportQueueLayer } from "./exports/runner.js"
import { HttpConfig } from "./HttpConfig.js"
import { makeFsExportFiles } from "./infra/FsExportFiles.js"
import * as NodeCrypto from "./infra/NodeCrypto.js"

export type { StorePorts }

/** counterpartyBank values that mean our own bank, unless configured otherwise. */
export const DEFAULT_OUR_BANK_CODES: ReadonlyArray<string> = ["OURBANK"]

export interface ServiceOptions {
  readonly account: AccountConfigShape
  readonly cookieSecure: boolean
  readonly scrypt?: NodeCrypto.ScryptCost
  /** counterpartyBank values that count as in-bank (行内); default DEFAULT_OUR_BANK_CODES. */
  readonly ourBankCodes?: ReadonlyArray<string>
  /** Where export files are kept (default `.data/exports`). */
  readonly exportDir?: string
}

export const servicesLayer = <E>(store: Layer.Layer<StorePorts, E>, options: ServiceOptions) =>
  Layer.mergeAll(
    AccountService.Default,
    UserAdminService.Default,
    OrganisationService.Default,
    UpdateService.Default,
    MatchingService.Default,
    StatisticsIndex.DefaultWithoutDependencies
  ).pipe(
    // One wealth index, shared by the routes and the statistics index built from it.
    Layer.provideMerge(WealthIndex.Default),
    Layer.provideMerge(
      Layer.mergeAll(
        store,
        NodeCrypto.layer(options.scrypt),
        AccountConfig.layer(options.account),
        UpdateConfig.layer({ ourBankCodes: options.ourBankCodes ?? DEFAULT_OUR_BANK_CODES }),
        Layer.succeed(HttpConfig, { cookieSecure: options.cookieSecure }),
        Layer.succeed(ExportFiles, makeFsExportFiles(options.exportDir ?? ".data/exports")),
        exportQueueLayer
      )
    )
  )

export type Services = Layer.Layer.Success<ReturnType<typeof servicesLayer>>
