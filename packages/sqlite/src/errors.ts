/**
 * Storage failures of the embedded store on disk, classified in one place: SQLite result codes and file-system
 * error codes become a StorageError whose cause states the reason in plain words. A full disk, a read-only or
 * missing directory are "unavailable" (503, retry once the operator fixed it); anything else is internal.
 */
import { StorageError } from "@wm/core"

const reasons: ReadonlyArray<readonly [RegExp, string, boolean]> = [
  [/^(SQLITE_FULL|ENOSPC|EDQUOT)/, "the disk is full", true],
  [/^(SQLITE_READONLY|EROFS|EACCES|EPERM)/, "the data directory is not writable", true],
  [/^(SQLITE_CANTOPEN|ENOENT|ENOTDIR)/, "the data directory or a file in it cannot be opened", true],
  [/^(SQLITE_BUSY|SQLITE_LOCKED)/, "the database is locked by another process", true],
  [/^(SQLITE_CORRUPT|SQLITE_NOTADB)/, "the database file is damaged or not a database", false],
  [/^(SQLITE_IOERR|EIO)/, "a disk read or write failed", true]
]

/** The error code of a better-sqlite3 or Node file-system error. */
const codeOf = (error: unknown): string =>
  typeof error === "object" && error !== null && "code" in error && typeof error.code === "string" ? error.code : ""

/** A plain reason for a storage error: what an operator can act on. */
export const reasonOf = (error: unknown): { readonly reason: string; readonly unavailable: boolean } => {
  const code = codeOf(error)
  for (const [pattern, reason, unavailable] of reasons)
    if (pattern.test(code)) return { reason: `${reason} (${code})`, unavailable }
  const message = error instanceof Error ? error.message : String(error)
  return { reason: code === "" ? message : `${message} (${code})`, unavailable: false }
}

export const classify = (operation: string, error: unknown): StorageError => {
  if (error instanceof StorageError) return error
  const { reason, unavailable } = reasonOf(error)
  return new StorageError({ operation, unavailable, cause: new Error(reason) })
}
