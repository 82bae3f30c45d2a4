/**
 * Why the embedded store's records are in SQLite: record writes and reads on SQLite (better-sqlite3, WAL,
 * synchronous=FULL: the backing as the store uses it) and on LMDB (`lmdb`, its default durable commits), both
 * holding JSON records of a session's size. Prints one table; LMDB runs only where the `lmdb` package can be
 * imported (it is not a dependency of the project: install it beside this script to compare).
 *
 *   npx tsx bench/record-backing.bench.ts [--records 5000] [--lmdb PATH_TO_LMDB_PACKAGE]
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Effect } from "effect"
import { openSqliteRecords } from "../packages/sqlite/src/index.js"

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i === -1 ? undefined : process.argv[i + 1]
}
const N = Number(arg("records") ?? 5_000)
const record = (i: number) => ({
  tokenHash: `h${i.toString(16).padStart(12, "0")}`,
  userId: i % 50,
  createdAt: 1_700_000_000_000 + i,
  lastSeenAt: 1_700_000_000_000 + i
})

const time = async (run: () => unknown) => {
  const t0 = performance.now()
  await run()
  return performance.now() - t0
}

const rows: Array<Record<string, string | number>> = []
const dir = mkdtempSync(join(tmpdir(), "wm-backing-bench-"))

{
  const sqlite = openSqliteRecords(join(dir, "records.sqlite"))
  const put = (i: number) =>
    Effect.runSync(sqlite.backing.write([{ collection: "s", key: String(i), value: record(i) }]))
  const one = await time(() => {
    for (let i = 0; i < N; i++) put(i)
  })
  const batch = await time(() =>
    Effect.runSync(
      sqlite.backing.write(Array.from({ length: N }, (_, i) => ({ collection: "b", key: String(i), value: record(i) })))
    )
  )
  let count = 0
  const load = await time(() => {
    count = Effect.runSync(sqlite.backing.load("s")).length
  })
  sqlite.close()
  rows.push({
    store: "SQLite (WAL, synchronous=FULL)",
    writesPerSecond: Math.round(N / (one / 1000)),
    batchMs: Math.round(batch),
    loadMs: Math.round(load),
    loaded: count
  })
}

const lmdbPath = arg("lmdb") ?? "lmdb"
const lmdb = await import(lmdbPath).catch(() => undefined)
if (lmdb !== undefined) {
  // lmdb-js by default resolves a put once committed and flushes afterwards (overlappingSync); the second run
  // waits for the flush, the durability the store's backing promises.
  for (const overlappingSync of [true, false]) {
    const db = lmdb.open({ path: join(dir, `lmdb-${overlappingSync}`), encoding: "json", overlappingSync })
    const one = await time(async () => {
      for (let i = 0; i < N; i++) await db.put(`s/${i}`, record(i))
    })
    const batch = await time(() =>
      db.transactionSync(() => {
        for (let i = 0; i < N; i++) db.putSync(`b/${i}`, record(i))
      })
    )
    let count = 0
    const load = await time(() => {
      count = [...db.getRange({ start: "s/", end: "s0" })].length
    })
    await db.close()
    rows.push({
      store: `LMDB (lmdb, overlappingSync ${overlappingSync})`,
      writesPerSecond: Math.round(N / (one / 1000)),
      batchMs: Math.round(batch),
      loadMs: Math.round(load),
      loaded: count
    })
  }
} else {
  console.log("(lmdb not importable: SQLite only)")
}
rmSync(dir, { recursive: true, force: true })
console.log(`${N} records, one durable write each, then ${N} in one batch, then all read back`)
console.table(rows)
