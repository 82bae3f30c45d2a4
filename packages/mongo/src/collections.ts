/**
 * Collection names and their indexes. Indexes are created at start, idempotently: createIndex with the same
 * keys, options and name is a no-op, so every process may run it. Only plain and unique indexes are used, because
 * FerretDB v1 rejects partial indexes (partialFilterExpression) and collations.
 */
import type { Db, IndexDescription } from "mongodb"
import { attempt } from "./errors.js"

export const Collections = {
  /** Sub-branches and outlets together: one unique index then keeps a code unique across both kinds. */
  organisations: "organisations",
  users: "users",
  sessions: "sessions",
  signIns: "signIns",
  /** Customers of every stored snapshot generation (see CompanyRepo). */
  companies: "companies",
  /** Which snapshot generation of a wholesale-replaced collection is current. */
  snapshots: "snapshots",
  /**
   * Which row batches each `rows.<type>.<version>` collection holds (see RowBatches.ts); the rows and portraits
   * themselves live in collections per version (see versionedCollections.ts).
   */
  rowBatches: "rowBatches",
  /** For which batches each version's rows by customer were built (see CustomerIndex.ts). */
  customerIndexes: "customerIndexes",
  /** The one active dataset pointer, _id "active", replaced in one write. */
  datasetPointer: "datasetPointer",
  /** Sequences for numeric ids. */
  counters: "counters",
  /** One document per id handed out, so that no id is handed out twice (see counters.ts). */
  idClaims: "idClaims",
  /** The audit trail, append-only (see AuditLog.ts). */
  auditEvents: "auditEvents",
  /** Advisor-zone products (see AdvisorProductRepo.ts), _id the product id. */
  advisorProducts: "advisorProducts"
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
  [Collections.companies]: [
    { key: { generation: 1, code: 1 }, name: "generation_code_unique", unique: true },
    { key: { generation: 1, outletCode: 1 }, name: "generation_outletCode" }
  ],
  [Collections.advisorProducts]: [{ key: { code: 1 }, name: "code_unique", unique: true }]
  // rowBatches has none: a few hundred small documents, read whole (FerretDB v1 would not use an index anyway).
}

/**
 * One createIndexes command per index: FerretDB v1.24 drops the connection (a server-side panic) when one command
 * lists two or more indexes that already exist, which is exactly the second start of a process.
 */
export const ensureIndexes = (db: Db) =>
  attempt(`create indexes in database ${db.databaseName}`, async () => {
    for (const [collection, specs] of Object.entries(indexes)) {
      for (const spec of specs) await db.collection(collection).createIndexes([spec])
    }
  })
