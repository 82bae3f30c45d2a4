/**
 * The fixed collections and their indexes. Indexes are created at start, idempotently: createIndex with the same
 * keys, options and name is a no-op, so every process may run it. The dataset's collections per version are in
 * versionedCollections.ts, the customers' per snapshot generation in CompanyRepo.ts; each gets its indexes when
 * it is created. No collation is used (DocumentDB ignores it): case-insensitive uniqueness is a lowercased key.
 */
import type { Db, IndexDescription } from "mongodb"
import { attempt } from "./errors.js"

export const Collections = {
  /** Sub-branches and outlets together: one unique index then keeps a code unique across both kinds. */
  organisations: "organisations",
  users: "users",
  sessions: "sessions",
  signIns: "signIns",
  /** Which customer snapshot generation (`companies.g<n>`, see CompanyRepo) is current. */
  snapshots: "snapshots",
  /** The one active dataset pointer, _id "active", replaced in one write. */
  datasetPointer: "datasetPointer",
  /** Sequences for numeric ids. */
  counters: "counters",
  /** The audit trail, append-only (see AuditLog.ts). */
  auditEvents: "auditEvents",
  /** Advisor-zone products (see AdvisorProductRepo.ts), _id the product id. */
  advisorProducts: "advisorProducts",
  /** Leases among app instances, _id the lease's name (see LeaseRepo). */
  leases: "leases",
  /** The sign-in throttle's counters (see ThrottleStore.ts), removed by a TTL index once their window passed. */
  signInThrottle: "signInThrottle"
} as const

const indexes: Record<string, ReadonlyArray<IndexDescription>> = {
  [Collections.organisations]: [
    // codeKey is the lowercased code: uniqueness ignores letter case without a collation.
    { key: { codeKey: 1 }, name: "codeKey_unique", unique: true },
    { key: { kind: 1, id: 1 }, name: "kind_id_unique", unique: true },
    { key: { kind: 1, code: 1 }, name: "kind_code" },
    { key: { kind: 1, branchId: 1 }, name: "kind_branchId" }
  ],
  [Collections.users]: [
    { key: { id: 1 }, name: "id_unique", unique: true },
    { key: { usernameKey: 1 }, name: "usernameKey_unique", unique: true },
    { key: { branchId: 1 }, name: "branchId" },
    { key: { outletId: 1 }, name: "outletId" },
    { key: { role: 1 }, name: "role" }
  ],
  [Collections.sessions]: [
    { key: { tokenHash: 1 }, name: "tokenHash_unique", unique: true },
    { key: { userId: 1 }, name: "userId" }
  ],
  // The successOnly filter is a boolean of low selectivity: the time range index serves it.
  [Collections.signIns]: [{ key: { at: 1 }, name: "at" }],
  [Collections.auditEvents]: [
    { key: { at: 1 }, name: "at" },
    { key: { userId: 1, at: 1 }, name: "userId_at" },
    { key: { branchId: 1, at: 1 }, name: "branchId_at" }
  ],
  [Collections.advisorProducts]: [{ key: { code: 1 }, name: "code_unique", unique: true }],
  [Collections.signInThrottle]: [{ key: { expiresAt: 1 }, name: "expiresAt_ttl", expireAfterSeconds: 0 }]
}

/** One createIndexes command per collection: on a new collection (a fresh database) they are built at once. */
export const ensureIndexes = (db: Db) =>
  attempt(`create indexes in database ${db.databaseName}`, async () => {
    for (const [collection, specs] of Object.entries(indexes)) await db.collection(collection).createIndexes([...specs])
  })
