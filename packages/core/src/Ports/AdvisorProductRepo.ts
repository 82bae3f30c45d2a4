/**
 * Storage port of the advisor-zone products (理财顾问专区产品): records by id, a unique product code, and pages
 * newest first.
 */
import { Context, type Effect, type Option } from "effect"
import type { AdvisorProduct } from "../Domain/AdvisorProduct.js"
import type { Conflict, NotFound, StorageError } from "../Errors.js"

export interface AdvisorProductPage {
  readonly total: number
  readonly items: ReadonlyArray<AdvisorProduct>
}

export class AdvisorProductRepo extends Context.Tag("@wm/core/AdvisorProductRepo")<
  AdvisorProductRepo,
  {
    readonly find: (id: string) => Effect.Effect<Option.Option<AdvisorProduct>, StorageError>
    readonly findByCode: (code: string) => Effect.Effect<Option.Option<AdvisorProduct>, StorageError>
    /** Conflict when the id or the code is taken. */
    readonly insert: (product: AdvisorProduct) => Effect.Effect<void, Conflict | StorageError>
    /** Replaces the record with the product's id: NotFound when there is none, Conflict when another has the code. */
    readonly replace: (product: AdvisorProduct) => Effect.Effect<void, NotFound | Conflict | StorageError>
    /** `limit` records from `offset`, newest first (createAt descending, then id), and the count of all. */
    readonly page: (offset: number, limit: number) => Effect.Effect<AdvisorProductPage, StorageError>
  }
>() {}

export const codeTaken = (code: string) => `an advisor-zone product with code ${code} already exists`
