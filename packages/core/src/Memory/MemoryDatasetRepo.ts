/**
 * In-memory DatasetRepo: the reference behaviour for the port. Versions are kept side by side; the active
 * pointer is one reference, replaced in one assignment.
 */
import { Chunk, Effect, Option, Stream } from "effect"
import type { DatasetPointer } from "../Data/DatasetPointer.js"
import { type DatasetRepo, type TradeFilter, type TradeType, tradeTimeUpTo } from "../Data/DatasetRepo.js"
import type { StoredPortrait } from "../Data/StoredPortrait.js"
import { paginate } from "../Domain/Paging.js"
import { type UploadRow, uploadSpecOf } from "../Upload/Specs.js"
import type { UploadType } from "../Upload/UploadType.js"
import { byCodeUnits, containsKeyword } from "./matching.js"

type Rows = Array<unknown>

/** The fields the per-customer lists read; every trade and holding row has them. */
interface CustomerRow {
  readonly companyCode: string
  readonly tradeTime?: string
  readonly direction?: string
}

const matches = (row: CustomerRow, filter: TradeFilter | undefined, upTo: string | undefined) =>
  filter === undefined ||
  ((filter.from === undefined || (row.tradeTime ?? "") >= filter.from) &&
    (upTo === undefined || (row.tradeTime ?? "") <= upTo) &&
    (filter.direction === undefined || row.direction === undefined || row.direction === filter.direction))

export const makeMemoryDatasetRepo = (): DatasetRepo["Type"] => {
  let active: DatasetPointer | undefined
  let highest = 0
  /** rows.get(type).get(version) = the rows of that type written in that version. */
  const rows = new Map<UploadType, Map<number, Rows>>()
  const portraits = new Map<number, Map<string, StoredPortrait>>()

  /**
   * Per-customer lists, built on first use for one (type, visible version set) and dropped on every write:
   * trades newest first (later-written first among equal times), holdings in write order.
   */
  const byCustomer = new Map<string, Map<string, ReadonlyArray<CustomerRow>>>()

  const customerIndex = (pointer: DatasetPointer, type: UploadType) => {
    const key =
      uploadSpecOf(type).kind === "snapshot" ? `${type}@${pointer.snapshots[type]}` : `${type}<=${pointer.version}`
    const cached = byCustomer.get(key)
    if (cached !== undefined) return cached
    const lists = new Map<string, Array<CustomerRow>>()
    for (const row of visible(pointer, type) as ReadonlyArray<CustomerRow>) {
      const list = lists.get(row.companyCode) ?? []
      list.push(row)
      lists.set(row.companyCode, list)
    }
    if (uploadSpecOf(type).kind === "event") {
      // Reversed first, so the stable sort keeps later-written rows first among equal trade times.
      for (const list of lists.values()) {
        list.reverse()
        list.sort((a, b) =>
          (a.tradeTime ?? "") < (b.tradeTime ?? "") ? 1 : (a.tradeTime ?? "") > (b.tradeTime ?? "") ? -1 : 0
        )
      }
    }
    byCustomer.set(key, lists)
    return lists
  }

  const versionsOf = (type: UploadType) => {
    const byVersion = rows.get(type) ?? new Map<number, Rows>()
    rows.set(type, byVersion)
    return byVersion
  }

  const visible = (pointer: DatasetPointer, type: UploadType): Rows => {
    const byVersion = versionsOf(type)
    if (uploadSpecOf(type).kind === "snapshot") {
      const v = pointer.snapshots[type]
      return v === undefined ? [] : (byVersion.get(v) ?? [])
    }
    return [...byVersion.keys()]
      .filter((v) => v <= pointer.version)
      .sort((a, b) => a - b)
      .flatMap((v) => byVersion.get(v) ?? [])
  }

  return {
    pointer: () => Effect.sync(() => Option.fromNullable(active)),
    reserveVersion: () => Effect.sync(() => ++highest),
    discardAbove: (version) =>
      Effect.sync(() => {
        byCustomer.clear()
        for (const byVersion of rows.values())
          for (const v of [...byVersion.keys()]) if (v > version) byVersion.delete(v)
        for (const v of [...portraits.keys()]) if (v > version) portraits.delete(v)
      }),
    writeRows: (version, type, batch) =>
      Effect.sync(() => {
        byCustomer.clear()
        const byVersion = versionsOf(type)
        const list = byVersion.get(version) ?? []
        for (const row of batch) list.push(row)
        byVersion.set(version, list)
      }),
    readRows: (pointer, type) =>
      Stream.suspend(() => Stream.fromChunk(Chunk.unsafeFromArray(visible(pointer, type) as never))),
    tradesOf: <T extends TradeType>(
      pointer: DatasetPointer,
      type: T,
      companyCode: string,
      page: { page: number; count: number },
      filter?: TradeFilter
    ) =>
      Effect.sync(() => {
        const upTo = filter?.to === undefined ? undefined : tradeTimeUpTo(filter.to)
        const all = customerIndex(pointer, type).get(companyCode) ?? []
        const wanted = filter === undefined ? all : all.filter((row) => matches(row, filter, upTo))
        return paginate(wanted as unknown as ReadonlyArray<UploadRow<T>>, page)
      }),
    holdingsOf: (pointer, companyCode) =>
      Effect.sync(
        () =>
          (customerIndex(pointer, "holding").get(companyCode) ?? []) as unknown as ReadonlyArray<UploadRow<"holding">>
      ),
    writePortraits: (version, list) =>
      Effect.sync(() => {
        const byCode = portraits.get(version) ?? new Map<string, StoredPortrait>()
        for (const p of list) byCode.set(p.code, p)
        portraits.set(version, byCode)
      }),
    activate: (pointer) =>
      Effect.sync(() => {
        active = pointer
      }),
    collectGarbage: (pointer) =>
      Effect.sync(() => {
        byCustomer.clear()
        for (const [type, byVersion] of rows) {
          if (uploadSpecOf(type).kind !== "snapshot") continue
          for (const v of [...byVersion.keys()])
            if (v !== pointer.snapshots[type] && v <= pointer.version) byVersion.delete(v)
        }
        for (const v of [...portraits.keys()]) if (v < pointer.version) portraits.delete(v)
      }),
    portrait: (version, code) => Effect.sync(() => Option.fromNullable(portraits.get(version)?.get(code))),
    searchPortraits: (version, filter, page) =>
      Effect.sync(() =>
        paginate(
          [...(portraits.get(version)?.values() ?? [])]
            .filter(
              (p) =>
                (filter.branchCode === undefined || p.branchCode === filter.branchCode) &&
                (filter.outletCode === undefined || p.outletCode === filter.outletCode) &&
                containsKeyword(filter.keyword, p.code, p.name)
            )
            .sort((a, b) => byCodeUnits(a.code, b.code)),
          page
        )
      )
  }
}
