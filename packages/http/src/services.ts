/**
 * Wires the core services to a store, the Node crypto adapter and the configuration.
 */
import {
  AccountConfig,
  type AccountConfigShape,
  AccountService,
  type CompanyRepo,
  type OrganisationRepo,
  OrganisationService,
  type SessionRepo,
  type SignInLog,
  UserAdminService,
  type UserRepo
} from "@wm/core"
import { Layer } from "effect"
import { HttpConfig } from "./HttpConfig.js"
import * as NodeCrypto from "./infra/NodeCrypto.js"

export type StorePorts = OrganisationRepo | UserRepo | SessionRepo | SignInLog | CompanyRepo

export interface ServiceOptions {
  readonly account: AccountConfigShape
  readonly cookieSecure: boolean
  readonly scrypt?: NodeCrypto.ScryptCost
}

export const servicesLayer = <E>(store: Layer.Layer<StorePorts, E>, options: ServiceOptions) =>
  Layer.mergeAll(AccountService.Default, UserAdminService.Default, OrganisationService.Default).pipe(
    Layer.provideMerge(
      Layer.mergeAll(
        store,
        NodeCrypto.layer(options.scrypt),
        AccountConfig.layer(options.account),
        Layer.succeed(HttpConfig, { cookieSecure: options.cookieSecure })
      )
    )
  )

export type Services = Layer.Layer.Success<ReturnType<typeof servicesLayer>>
