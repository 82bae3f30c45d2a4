/**
 * Immutable bulk data of the embedded store (a data version's event columns, snapshot rows and portraits, staged
 * uploads) as named files. A file is written whole or not at all, never changed; which files are live is recorded
 * in the RecordBacking, so a file no record names is a leftover of a crash and may be removed.
 *
 * The Node adapter keeps them in the data directory (temporary name, fsync, rename); `makeMemoryBulkFiles` keeps
 * them in a Map, for tests and the in-process default.
 */
import { Context, Effect } from "effect"
import { StorageError } from "../Errors.js"

/** Names are flat: letters, digits, '.', '_' and '-'. */
export const validBulkName = (name: string): boolean => /^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/.test(name)

export class BulkFiles extends Context.Tag("@wm/core/BulkFiles")<
  BulkFiles,
  {
    /** Writes the parts one after another as the file `name`, durably, replacing nothing half-way. */
    readonly write: (name: string, parts: ReadonlyArray<Uint8Array>) => Effect.Effect<void, StorageError>
    readonly read: (name: string) => Effect.Effect<Uint8Array, StorageError>
    /** Removing a file that is not there succeeds. */
    readonly remove: (name: string) => Effect.Effect<void, StorageError>
    readonly list: () => Effect.Effect<ReadonlyArray<string>, StorageError>
  }
>() {}

const badName = (operation: string, name: string) =>
  new StorageError({
    operation,
    unavailable: false,
    cause: new Error(`invalid bulk file name ${JSON.stringify(name)}`)
  })

export const makeMemoryBulkFiles = (): BulkFiles["Type"] => {
  const files = new Map<string, Uint8Array>()
  return {
    write: (name, parts) =>
      Effect.suspend(() => {
        if (!validBulkName(name)) return Effect.fail(badName("bulk.write", name))
        const bytes = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0))
        let at = 0
        for (const p of parts) {
          bytes.set(p, at)
          at += p.byteLength
        }
        files.set(name, bytes)
        return Effect.void
      }),
    read: (name) =>
      Effect.suspend(() => {
        const bytes = files.get(name)
        return bytes === undefined
          ? Effect.fail(
              new StorageError({ operation: "bulk.read", unavailable: false, cause: new Error(`no file ${name}`) })
            )
          : Effect.succeed(bytes)
      }),
    remove: (name) => Effect.sync(() => void files.delete(name)),
    list: () => Effect.sync(() => [...files.keys()].sort())
  }
}
