/**
 * The embedded store's FocusRepo over a RecordBacking: one record per (user, customer), keyed so that adding the
 * same customer twice writes the same key (idempotent), with a per-user index beside the table.
 */
import { Effect } from "effect"
import type { FocusEntry } from "../Marketing/MarketingTypes.js"
import type { FocusRepo } from "../Ports/FocusRepo.js"
import { plainCodec, RecordTable } from "../Records/RecordTable.js"
import { byCodeUnits } from "./matching.js"

const keyOf = (userId: number, companyCode: string) => `${userId}\u0000${companyCode}`

/** Most recently added first, then by customer code. */
export const focusOrder = (a: FocusEntry, b: FocusEntry): number =>
  b.createdAt - a.createdAt || byCodeUnits(a.companyCode, b.companyCode)

export const makeMemoryFocusRepo = Effect.gen(function* () {
  const table = yield* RecordTable.load("focus", plainCodec<FocusEntry>())
  const byUser = new Map<number, Set<string>>()
  for (const [key, e] of table.entries()) {
    const keys = byUser.get(e.userId) ?? new Set<string>()
    keys.add(key)
    byUser.set(e.userId, keys)
  }
  return {
    add: ({ userId, companyCode, createdAt }) =>
      Effect.suspend(() => {
        const key = keyOf(userId, companyCode)
        if (table.has(key)) return Effect.void
        return Effect.tap(table.put(key, { userId, companyCode, createdAt }), () =>
          Effect.sync(() => {
            const keys = byUser.get(userId) ?? new Set<string>()
            keys.add(key)
            byUser.set(userId, keys)
          })
        )
      }),
    remove: (userId, companyCode) =>
      Effect.suspend(() => {
        const key = keyOf(userId, companyCode)
        if (!table.has(key)) return Effect.void
        return Effect.tap(table.remove(key), () => Effect.sync(() => byUser.get(userId)?.delete(key)))
      }),
    list: (userId) =>
      Effect.sync(() => {
        const rows: Array<FocusEntry> = []
        for (const key of byUser.get(userId) ?? []) {
          const e = table.get(key)
          if (e !== undefined) rows.push({ ...e })
        }
        return rows.sort(focusOrder)
      })
  } satisfies FocusRepo["Type"]
})
