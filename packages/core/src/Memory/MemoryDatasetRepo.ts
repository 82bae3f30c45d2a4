/**
 * In-memory DatasetRepo: the reference behaviour for the port. Versions are kept side by side; the active
 * pointer is one reference, replaced in one assignment. Event rows are held column by column (EventRows),
 * snapshot rows, a few thousand, as the objects written.
 */
import { Chunk, Effect, Option, Stream } from "effect"
import type { DatasetPointer } from "../Data/DatasetPointer.js"
import { type DatasetRepo, type TradeFilter, type TradeType, tradeTimeUpTo } from "../Data/DatasetRepo.js"
import type { StoredPortrait } from "../Data/StoredPortrait.js"
import { paginate } from "../Domain/Paging.js"
import { ColumnarKey, type WithColumnar } from "../Pipeline/ColumnarDataset.js"
import { type UploadRow, uploadSpecOf } from "../Upload/Specs.js"
import type { UploadType } from "../Upload/UploadType.js"
import { CustomerLists, pageOf } from "./CustomerLists.js"
import { EventRows, streamSegments } from "./EventRows.js"
import { byCodeUnits, containsKeyword } from "./matching.js"

type Rows = Array<unknown>

/** The field the per-customer holding lists read. */
interface CustomerRow {
  readonly companyCode: string
}

export const makeMemoryDatasetRepo = (): DatasetRepo["Type"] & WithColumnar => {
  let active: DatasetPointer | undefined
  let highest = 0
  /** rows.get(type).get(version) = the rows of that snapshot type written in that version. */
  const rows = new Map<UploadType, Map<number, Rows>>()
  const events = new Map<UploadType, EventRows>()
  const eventsOf = (type: UploadType) => {
    const found = events.get(type) ?? new EventRows(type)
    events.set(type, found)
    return found
  }
  const isEvent = (type: UploadType) => uploadSpecOf(type).kind === "event"
  const portraits = new Map<number, Map<string, StoredPortrait>>()
  /** Per version, its portraits ordered by code: sorted at the first search, not at every one; dropped on write. */
  const byCodeOrder = new Map<number, ReadonlyArray<StoredPortrait>>()
  const ordered = (version: number): ReadonlyArray<StoredPortrait> => {
    let list = byCodeOrder.get(version)
    if (list === undefined) {
      list = [...(portraits.get(version)?.values() ?? [])].sort((a, b) => byCodeUnits(a.code, b.code))
      byCodeOrder.set(version, list)
    }
    return list
  }

  /**
   * Per-customer lists, built on first use for one (type, visible version set) and dropped on every write:
   * trades newest first (EventRows.customerLists), holdings in write order.
   */
  const byCustomer = new Map<string, Map<string, ReadonlyArray<CustomerRow>>>()
  const tradeLists = new Map<string, CustomerLists>()

  const holdingIndex = (pointer: DatasetPointer) => {
    const key = `holding@${pointer.snapshots.holding}`
    const cached = byCustomer.get(key)
    if (cached !== undefined) return cached
    const lists = new Map<string, Array<CustomerRow>>()
    for (const row of visible(pointer, "holding") as ReadonlyArray<CustomerRow>) {
      const list = lists.get(row.companyCode) ?? []
      list.push(row)
      lists.set(row.companyCode, list)
    }
    byCustomer.set(key, lists)
    return lists
  }

  const tradeIndex = (pointer: DatasetPointer, type: TradeType) => {
    const key = `${type}<=${pointer.version}`
    const cached = tradeLists.get(key) ?? new CustomerLists(eventsOf(type).upTo(pointer.version))
    tradeLists.set(key, cached)
    return cached
  }
  const dropIndexes = () => {
    byCustomer.clear()
    tradeLists.clear()
  }

  const versionsOf = (type: UploadType) => {
    const byVersion = rows.get(type) ?? new Map<number, Rows>()
    rows.set(type, byVersion)
    return byVersion
  }

  /** The rows of a snapshot type a pointer sees. */
  const visible = (pointer: DatasetPointer, type: UploadType): Rows => {
    const v = pointer.snapshots[type]
    return v === undefined ? [] : (versionsOf(type).get(v) ?? [])
  }

  return {
    [ColumnarKey]: {
      appendColumns: (version, type, columns) => {
        dropIndexes()
        eventsOf(type).adopt(version, columns)
      },
      columnsOf: (pointer, type) => eventsOf(type).upTo(pointer.version)
    },
    pointer: () => Effect.sync(() => Option.fromNullable(active)),
    reserveVersion: () => Effect.sync(() => ++highest),
    discardAbove: (version) =>
      Effect.sync(() => {
        dropIndexes()
        for (const { byVersion } of events.values())
          for (const v of [...byVersion.keys()]) if (v > version) byVersion.delete(v)
        for (const byVersion of rows.values())
          for (const v of [...byVersion.keys()]) if (v > version) byVersion.delete(v)
        for (const v of [...portraits.keys()]) if (v > version) portraits.delete(v)
        byCodeOrder.clear()
      }),
    writeRows: (version, type, batch) =>
      Effect.sync(() => {
        dropIndexes()
        if (isEvent(type)) {
          const columns = eventsOf(type).writable(version)
          for (const row of batch) columns.push(row)
          return
        }
        const byVersion = versionsOf(type)
        const list = byVersion.get(version) ?? []
        for (const row of batch) list.push(row)
        byVersion.set(version, list)
      }),
    readRows: (pointer, type) =>
      Stream.suspend(() =>
        isEvent(type)
          ? streamSegments(eventsOf(type).upTo(pointer.version))
          : Stream.fromChunk(Chunk.unsafeFromArray(visible(pointer, type) as never))
      ),
    tradesOf: <T extends TradeType>(
      pointer: DatasetPointer,
      type: T,
      companyCode: string,
      page: { page: number; count: number },
      filter?: TradeFilter
    ) =>
      Effect.sync(() => {
        const upTo = filter?.to === undefined ? undefined : tradeTimeUpTo(filter.to)
        const index = tradeIndex(pointer, type)
        return pageOf<UploadRow<T>>(index, index.listOf(companyCode), page, filter, upTo)
      }),
    holdingsOf: (pointer, companyCode) =>
      Effect.sync(
        () => (holdingIndex(pointer).get(companyCode) ?? []) as unknown as ReadonlyArray<UploadRow<"holding">>
      ),
    writePortraits: (version, list) =>
      Effect.sync(() => {
        const byCode = portraits.get(version) ?? new Map<string, StoredPortrait>()
        for (const p of list) byCode.set(p.code, p)
        portraits.set(version, byCode)
        byCodeOrder.delete(version)
      }),
    activate: (pointer) =>
      Effect.sync(() => {
        active = pointer
      }),
    collectGarbage: (pointer) =>
      Effect.sync(() => {
        dropIndexes()
        for (const [type, byVersion] of rows) {
          for (const v of [...byVersion.keys()])
            if (v !== pointer.snapshots[type] && v <= pointer.version) byVersion.delete(v)
        }
        for (const v of [...portraits.keys()]) if (v < pointer.version) portraits.delete(v)
        byCodeOrder.clear()
      }),
    portrait: (version, code) => Effect.sync(() => Option.fromNullable(portraits.get(version)?.get(code))),
    searchPortraits: (version, filter, page) =>
      Effect.sync(() =>
        paginate(
          filter.branchCode === undefined && filter.outletCode === undefined && filter.keyword === undefined
            ? ordered(version)
            : ordered(version).filter(
                (p) =>
                  (filter.branchCode === undefined || p.branchCode === filter.branchCode) &&
                  (filter.outletCode === undefined || p.outletCode === filter.outletCode) &&
                  containsKeyword(filter.keyword, p.code, p.name)
              ),
          page
        )
      )
  }
}
