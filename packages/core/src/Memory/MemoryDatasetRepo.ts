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
import type { StorageError } from "../Errors.js"
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

/** What the repo holds: the versions side by side and the active pointer. */
export class DatasetState {
  active: DatasetPointer | undefined
  highest = 0
  /** rows.get(type).get(version) = the rows of that snapshot type written in that version. */
  readonly rows = new Map<UploadType, Map<number, Rows>>()
  readonly events = new Map<UploadType, EventRows>()
  readonly portraits = new Map<number, Map<string, StoredPortrait>>()

  eventsOf(type: UploadType): EventRows {
    const found = this.events.get(type) ?? new EventRows(type)
    this.events.set(type, found)
    return found
  }
  versionsOf(type: UploadType): Map<number, Rows> {
    const byVersion = this.rows.get(type) ?? new Map<number, Rows>()
    this.rows.set(type, byVersion)
    return byVersion
  }
}

/** Makes a version durable before it becomes active (DurableDataset); none keeps the repo in memory only. */
export interface DatasetPersistence {
  readonly activate: (pointer: DatasetPointer, state: DatasetState) => Effect.Effect<void, StorageError>
  readonly collectGarbage: (pointer: DatasetPointer) => Effect.Effect<void, StorageError>
}

export const makeMemoryDatasetRepo = (
  state: DatasetState = new DatasetState(),
  persistence?: DatasetPersistence
): DatasetRepo["Type"] & WithColumnar => {
  const { rows, events, portraits } = state
  const eventsOf = (type: UploadType) => state.eventsOf(type)
  const isEvent = (type: UploadType) => uploadSpecOf(type).kind === "event"
  /**
   * Per version, its portraits ordered by code: sorted at the first search, not at every one. Dropped on writes,
   * and rebuilt when the version's map is another one (a reload) or changed size.
   */
  const byCodeOrder = new Map<
    number,
    { readonly of: Map<string, StoredPortrait>; readonly size: number; readonly list: ReadonlyArray<StoredPortrait> }
  >()
  const ordered = (version: number): ReadonlyArray<StoredPortrait> => {
    const source = portraits.get(version)
    if (source === undefined) return []
    const cached = byCodeOrder.get(version)
    if (cached !== undefined && cached.of === source && cached.size === source.size) return cached.list
    const list = [...source.values()].sort((a, b) => byCodeUnits(a.code, b.code))
    byCodeOrder.set(version, { of: source, size: source.size, list })
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
    const cached = tradeLists.get(key) ?? new CustomerLists(eventsOf(type).upTo(pointer.version), pointer.version)
    tradeLists.set(key, cached)
    return cached
  }
  const dropIndexes = () => {
    byCustomer.clear()
    tradeLists.clear()
  }
  /**
   * After a switch: event rows are never removed by it, so the new version's trade lists (built before the switch
   * by ReadModelWarmup) stay right; only those of older versions go.
   */
  const dropIndexesBefore = (version: number) => {
    byCustomer.clear()
    for (const [key, lists] of tradeLists) if (lists.version < version) tradeLists.delete(key)
  }

  const versionsOf = (type: UploadType) => state.versionsOf(type)

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
    pointer: () => Effect.sync(() => Option.fromNullable(state.active)),
    reserveVersion: () => Effect.sync(() => ++state.highest),
    discardAbove: (version, upTo = Number.POSITIVE_INFINITY) =>
      Effect.sync(() => {
        dropIndexes()
        const gone = (v: number) => v > version && v <= upTo
        for (const { byVersion } of events.values())
          for (const v of [...byVersion.keys()]) if (gone(v)) byVersion.delete(v)
        for (const byVersion of rows.values()) for (const v of [...byVersion.keys()]) if (gone(v)) byVersion.delete(v)
        for (const v of [...portraits.keys()]) if (gone(v)) portraits.delete(v)
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
      Effect.suspend(() =>
        state.highest > pointer.version
          ? Effect.succeed(false)
          : Effect.zipRight(
              persistence?.activate(pointer, state) ?? Effect.void,
              Effect.sync(() => {
                state.active = pointer
                return true
              })
            )
      ),
    collectGarbage: (pointer) =>
      Effect.sync(() => {
        dropIndexesBefore(pointer.version)
        for (const [type, byVersion] of rows) {
          for (const v of [...byVersion.keys()])
            if (v !== pointer.snapshots[type] && v <= pointer.version) byVersion.delete(v)
        }
        for (const v of [...portraits.keys()]) if (v < pointer.version) portraits.delete(v)
        byCodeOrder.clear()
      }).pipe(Effect.zipRight(persistence?.collectGarbage(pointer) ?? Effect.void)),
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
