/**
 * ExportFiles on the local disk: one file per key in a directory of the server's data (EXPORT_DIR). A new file is
 * written as `<key>.part` and renamed when its stream closes, so a crash never leaves a half file under the key.
 */
import { createReadStream } from "node:fs"
import { mkdir, open, rename, rm, stat } from "node:fs/promises"
import { join } from "node:path"
import { Readable } from "node:stream"
import { type ExportFiles, StorageError } from "@wm/core"
import { Effect, Option } from "effect"

const safeKey = /^[A-Za-z0-9._-]+$/

export const makeFsExportFiles = (dir: string): ExportFiles["Type"] => {
  const pathOf = (key: string) => {
    if (!safeKey.test(key) || key.startsWith(".")) throw new Error(`invalid export file key ${key}`)
    return join(dir, key)
  }
  const fail = (operation: string) => (cause: unknown) => new StorageError({ operation, unavailable: false, cause })
  return {
    create: (key) =>
      Effect.tryPromise({
        try: async () => {
          await mkdir(dir, { recursive: true })
          const final = pathOf(key)
          const part = `${final}.part`
          const file = await open(part, "w")
          return new WritableStream<Uint8Array>({
            write: async (chunk) => {
              await file.write(chunk)
            },
            close: async () => {
              await file.sync()
              await file.close()
              await rename(part, final)
            },
            abort: async () => {
              await file.close().catch(() => undefined)
              await rm(part, { force: true })
            }
          })
        },
        catch: fail(`create export file ${key}`)
      }),
    open: (key) =>
      Effect.tryPromise({
        try: async () => {
          const path = pathOf(key)
          const found = await stat(path).catch(() => undefined)
          if (found === undefined || !found.isFile()) return Option.none()
          return Option.some(Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>)
        },
        catch: fail(`open export file ${key}`)
      }),
    remove: (key) =>
      Effect.tryPromise({
        try: async () => {
          await rm(pathOf(key), { force: true })
          await rm(`${pathOf(key)}.part`, { force: true })
        },
        catch: fail(`remove export file ${key}`)
      })
  }
}
