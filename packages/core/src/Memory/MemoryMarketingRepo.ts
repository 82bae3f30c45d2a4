/**
 * The embedded store's MarketingRepo over a RecordBacking (one record per marketing record). Beside the table it
 * keeps the ids of each customer's records and every record in (createTime, id) order, updated after each write
 * the backing took, so a customer's list never scans every record and a period is two binary searches and a slice.
 * Stored records are frozen, so they are handed out without copies.
 */
import { Effect, Option } from "effect"
import { paginate } from "../Domain/Paging.js"
import { Conflict, type StorageError } from "../Errors.js"
import type { MarketingRecord } from "../Marketing/MarketingTypes.js"
import type { MarketingRepo } from "../Ports/MarketingRepo.js"
import { plainCodec, RecordTable } from "../Records/RecordTable.js"
import { byCodeUnits } from "./matching.js"

/** Newest contact first; records of the same time by id, higher first. */
export const newestFirst = (a: MarketingRecord, b: MarketingRecord): number =>
  b.createTime - a.createTime || byCodeUnits(b.id, a.id)

const oldestFirst = (a: MarketingRecord, b: MarketingRecord): number =>
  a.createTime - b.createTime || byCodeUnits(a.id, b.id)

/** First index of `sorted` whose record does not come before `r` (or, with a time only, is not before it). */
const lowerBound = (sorted: ReadonlyArray<MarketingRecord>, before: (x: MarketingRecord) => boolean) => {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (before(sorted[mid]!)) lo = mid + 1
    else hi = mid
  }
  return lo
}

export const makeMemoryMarketingRepo = Effect.gen(function* () {
  const table = yield* RecordTable.load("marketing", {
    encode: (r: MarketingRecord) => r,
    decode: (d) => Object.freeze(plainCodec<MarketingRecord>().decode(d))
  })
  const byCompany = new Map<string, Set<string>>()
  const byTime: Array<MarketingRecord> = []
  const index = (r: MarketingRecord) => {
    const ids = byCompany.get(r.companyCode) ?? new Set<string>()
    ids.add(r.id)
    byCompany.set(r.companyCode, ids)
    byTime.splice(
      lowerBound(byTime, (x) => oldestFirst(x, r) < 0),
      0,
      r
    )
  }
  const unindex = (r: MarketingRecord) => {
    byCompany.get(r.companyCode)?.delete(r.id)
    const at = lowerBound(byTime, (x) => oldestFirst(x, r) < 0)
    if (byTime[at]?.id === r.id) byTime.splice(at, 1)
  }
  for (const r of table.values()) {
    const ids = byCompany.get(r.companyCode) ?? new Set<string>()
    byCompany.set(r.companyCode, ids.add(r.id))
    byTime.push(r)
  }
  byTime.sort(oldestFirst)

  return {
    insert: (record) =>
      Effect.suspend((): Effect.Effect<void, Conflict | StorageError> => {
        if (table.has(record.id)) return Effect.fail(new Conflict({ reason: `marketing record ${record.id} exists` }))
        const stored = Object.freeze({ ...record })
        return Effect.tap(table.put(record.id, stored), () => Effect.sync(() => index(stored)))
      }),
    find: (id) => Effect.sync(() => Option.fromNullable(table.get(id))),
    update: (record) =>
      Effect.suspend(() => {
        const old = table.get(record.id)
        if (old === undefined) return Effect.void
        const stored = Object.freeze({ ...record })
        return Effect.tap(table.put(record.id, stored), () =>
          Effect.sync(() => {
            unindex(old)
            index(stored)
          })
        )
      }),
    delete: (id) =>
      Effect.suspend(() => {
        const old = table.get(id)
        if (old === undefined) return Effect.void
        return Effect.tap(table.remove(id), () => Effect.sync(() => unindex(old)))
      }),
    listByCompany: ({ companyCode, authorId }, page) =>
      Effect.sync(() => {
        const rows: Array<MarketingRecord> = []
        for (const id of byCompany.get(companyCode) ?? []) {
          const r = table.get(id)
          if (r !== undefined && (authorId === undefined || r.authorId === authorId)) rows.push(r)
        }
        return paginate(rows.sort(newestFirst), page)
      }),
    between: (from, to) =>
      Effect.sync(() =>
        byTime.slice(
          lowerBound(byTime, (x) => x.createTime < from),
          lowerBound(byTime, (x) => x.createTime <= to)
        )
      )
  } satisfies MarketingRepo["Type"]
})
