/**
 * Storage port for corporate customers, as far as organisation management needs them.
 * The upload pipeline replaces customers wholesale; this port answers and moves them by outlet.
 */
import { Context, type Effect, type Option } from "effect"
import type { Company } from "../Domain/Company.js"
import type { CompanyCode, OrgCode } from "../Domain/Ids.js"
import type { StorageError } from "../Errors.js"

export class CompanyRepo extends Context.Tag("@wm/core/CompanyRepo")<
  CompanyRepo,
  {
    readonly countByOutlet: (outletCode: OrgCode) => Effect.Effect<number, StorageError>
    /** Moves every customer of one outlet to another; answers how many moved. */
    readonly moveOutlet: (from: OrgCode, to: OrgCode) => Effect.Effect<number, StorageError>
    /** Every customer, ordered by code. */
    readonly list: () => Effect.Effect<ReadonlyArray<Company>, StorageError>
    readonly findByCode: (code: CompanyCode) => Effect.Effect<Option.Option<Company>, StorageError>
    /** Replaces all customers (snapshot upload). */
    readonly replaceAll: (companies: ReadonlyArray<Company>) => Effect.Effect<void, StorageError>
  }
>() {}
