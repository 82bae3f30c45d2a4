/**
 * What a caller may see of the portraits: the active version, scope filters, holdings with their products, names.
 */
import {
  type DatasetPointer,
  DatasetRepo,
  NotFound,
  OrganisationRepo,
  type PortraitFilter,
  type StorageError,
  type StoredPortrait,
  scopeOf,
  type UploadRow,
  type UploadType,
  type User
} from "@wm/core"
import { Chunk, Effect, Option, Stream } from "effect"

/** The active data version; none yet means no customer can be shown. */
export const activeVersion = Effect.flatMap(DatasetRepo, (data) => data.pointer())

/** The portrait filter of the caller's scope, or none when the caller sees no customer at all. */
export const scopeFilterOf = (user: User) =>
  Effect.gen(function* () {
    const scope = scopeOf(user)
    if (scope.level === "bank") return Option.some<PortraitFilter>({})
    const orgs = yield* OrganisationRepo
    if (scope.level === "branch") {
      return Option.map(yield* orgs.findBranch(scope.branchId), (b): PortraitFilter => ({ branchCode: b.code }))
    }
    return Option.map(yield* orgs.findOutlet(scope.outletId), (o): PortraitFilter => ({ outletCode: o.code }))
  })

export const inScope = (filter: PortraitFilter, p: StoredPortrait) =>
  (filter.branchCode === undefined || filter.branchCode === p.branchCode) &&
  (filter.outletCode === undefined || filter.outletCode === p.outletCode)

/** The customer as the caller may see it (active pointer and portrait); outside the scope exactly as missing. */
export const customerInScope = (user: User, code: string) =>
  Effect.gen(function* () {
    // Built only when needed: an error object (with its stack) per read was a tenth of a portrait read.
    const missing = () => new NotFound({ entity: "company", key: code })
    const pointer = yield* activeVersion
    if (Option.isNone(pointer)) return yield* missing()
    const filter = yield* scopeFilterOf(user)
    const found = yield* Effect.flatMap(DatasetRepo, (data) => data.portrait(pointer.value.version, code))
    if (Option.isNone(found) || Option.isNone(filter) || !inScope(filter.value, found.value)) return yield* missing()
    return { pointer: pointer.value, portrait: found.value }
  })

export type Product = UploadRow<"product">

/**
 * The rows of a small snapshot type (the product and peer-product catalogues), read once per store, type and
 * data version and kept until the next update. Keyed by the store's service object, so separate stores (tests)
 * never share an entry, and by the pointer's version, activation time and the type's snapshot, which change with
 * every update.
 */
const snapshots = new WeakMap<
  object,
  Map<UploadType, { readonly key: string; readonly rows: ReadonlyArray<unknown> }>
>()

export const snapshotRowsOf = <T extends "product" | "peer_product">(pointer: DatasetPointer, type: T) =>
  Effect.gen(function* () {
    const data = yield* DatasetRepo
    const key = `${pointer.version}/${pointer.appliedAt}/${pointer.snapshots[type] ?? "-"}`
    const byType = snapshots.get(data) ?? new Map()
    snapshots.set(data, byType)
    const cached = byType.get(type)
    if (cached !== undefined && cached.key === key) return cached.rows as ReadonlyArray<UploadRow<T>>
    const rows = Chunk.toReadonlyArray(yield* Stream.runCollect(data.readRows(pointer, type)))
    byType.set(type, { key, rows })
    return rows
  })

const byCodeOf = new WeakMap<ReadonlyArray<Product>, ReadonlyMap<string, Product>>()

/** The product snapshot by code (cached with the snapshot's rows). */
export const productsOf = (pointer: DatasetPointer) =>
  Effect.map(snapshotRowsOf(pointer, "product"), (rows) => {
    let byCode = byCodeOf.get(rows)
    if (byCode === undefined) {
      byCode = new Map(rows.map((p) => [p.productCode, p]))
      byCodeOf.set(rows, byCode)
    }
    return byCode
  })

/** A customer's holdings with their products, soonest maturity first (then by product code). */
export const holdingsWithProducts = (pointer: DatasetPointer, code: string) =>
  Effect.gen(function* () {
    const data = yield* DatasetRepo
    const holdings = yield* data.holdingsOf(pointer, code)
    if (holdings.length === 0) return []
    const products = yield* productsOf(pointer)
    return [...holdings]
      .sort((a, b) =>
        a.expiryDate !== b.expiryDate
          ? a.expiryDate < b.expiryDate
            ? -1
            : 1
          : a.productCode < b.productCode
            ? -1
            : a.productCode > b.productCode
              ? 1
              : 0
      )
      .map((holding) => ({ holding, product: products.get(holding.productCode) }))
  })

/** Outlet and sub-branch names by code, from the organisation tree. */
/** Outlet and sub-branch names by code, as lists show them (empty for a code that names nothing). */
export interface OrgNames {
  readonly outlet: (code: string) => string
  readonly branch: (code: string) => string
}

/**
 * Name maps per list read: the embedded store answers the same arrays until the organisation tree changes, so
 * the maps are built once per change there (and per request on a store that answers new arrays).
 */
const namesByList = new WeakMap<ReadonlyArray<{ code: string; name: string }>, ReadonlyMap<string, string>>()
const namesOf = (list: ReadonlyArray<{ code: string; name: string }>) => {
  let names = namesByList.get(list)
  if (names === undefined) {
    names = new Map(list.map((o) => [o.code, o.name]))
    namesByList.set(list, names)
  }
  return names
}

export const orgNames: Effect.Effect<OrgNames, StorageError, OrganisationRepo> = Effect.gen(function* () {
  const orgs = yield* OrganisationRepo
  const outlets = namesOf(yield* orgs.listOutlets({}))
  const branches = namesOf(yield* orgs.listBranches())
  return {
    outlet: (code: string) => outlets.get(code) ?? "",
    branch: (code: string) => branches.get(code) ?? ""
  }
})

/** Portraits in scope matching the keyword, ordered by code; an empty page without data or scope. */
export const searchInScope = (user: User, keyword: string | undefined, page: { page: number; count: number }) =>
  Effect.gen(function* () {
    const pointer = yield* activeVersion
    const filter = yield* scopeFilterOf(user)
    if (Option.isNone(pointer) || Option.isNone(filter)) return { total: 0, items: [] as ReadonlyArray<StoredPortrait> }
    const data = yield* DatasetRepo
    const term = keyword?.trim()
    return yield* data.searchPortraits(
      pointer.value.version,
      { ...filter.value, ...(term ? { keyword: term } : {}) },
      page
    )
  })
