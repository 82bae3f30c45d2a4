/**
 * BulkFiles in a directory: a file is written under a temporary name, fsynced, renamed to its name and the
 * directory fsynced, so after a crash a name holds the whole file or nothing. Temporary files of a crash are
 * removed when the directory is opened.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, rmSync } from "node:fs"
import { open, readFile, rename, rm } from "node:fs/promises"
import { join } from "node:path"
import { type BulkFiles, StorageError, validBulkName } from "@wm/core"
import { Effect } from "effect"
import { classify } from "./errors.js"

const TEMP = ".tmp-"

const syncDirectory = (dir: string) => {
  const fd = openSync(dir, "r")
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

export const openFsBulkFiles = (dir: string): BulkFiles["Type"] => {
  mkdirSync(dir, { recursive: true })
  for (const name of readdirSync(dir)) if (name.startsWith(TEMP)) rmSync(join(dir, name), { force: true })
  const checked = (operation: string, name: string) => {
    if (!validBulkName(name))
      throw new StorageError({ operation, unavailable: false, cause: new Error(`invalid file name ${name}`) })
    return join(dir, name)
  }
  return {
    // Written through the thread pool (fs promises): a version's hundreds of megabytes and their fsync never
    // hold the event loop, so requests are answered while an update writes its files.
    write: (name, parts) =>
      Effect.tryPromise({
        try: async () => {
          const target = checked("bulk.write", name)
          const temp = join(dir, `${TEMP}${name}`)
          const file = await open(temp, "w")
          try {
            for (const part of parts) {
              let done = 0
              while (done < part.byteLength) done += (await file.write(part, done, part.byteLength - done)).bytesWritten
            }
            await file.sync()
          } catch (error) {
            await file.close()
            await rm(temp, { force: true })
            throw error
          }
          await file.close()
          await rename(temp, target)
          syncDirectory(dir)
        },
        catch: (error) => classify("bulk.write", error)
      }),
    read: (name) =>
      Effect.tryPromise({
        // A Buffer is a Uint8Array: the file's bytes once, no copy (event columns become views of them). Read
        // through the thread pool: an apply reads its staged files (hundreds of MB) while requests are answered.
        try: (): Promise<Uint8Array> => readFile(checked("bulk.read", name)),
        catch: (error) => classify("bulk.read", error)
      }),
    remove: (name) =>
      Effect.tryPromise({
        // Through the thread pool: unlinking a version's large files after a switch took a third of a second.
        try: () => rm(checked("bulk.remove", name), { force: true }),
        catch: (error) => classify("bulk.remove", error)
      }),
    list: () =>
      Effect.try({
        try: () =>
          readdirSync(dir)
            .filter((name) => !name.startsWith(TEMP) && validBulkName(name))
            .sort(),
        catch: (error) => classify("bulk.list", error)
      })
  }
}
