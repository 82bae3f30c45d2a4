/**
 * The data directory of the embedded store: where it lives, the check made before the server opens it, and
 * starting over. The check writes and fsyncs a small probe file, so an unwritable directory or a full disk is
 * reported at start in one line naming the directory, not at the first upload.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, rmSync, writeSync } from "node:fs"
import { join, resolve } from "node:path"
import { reasonOf } from "./errors.js"

export const RECORDS_FILE = "records.sqlite"
export const BULK_DIR = "bulk"

/** Answers null when the directory can be written, else the one-line reason naming it. */
export const checkDataDir = (dataDir: string): string | null => {
  const dir = resolve(dataDir)
  const probe = join(dir, ".probe")
  try {
    mkdirSync(dir, { recursive: true })
    const fd = openSync(probe, "w")
    try {
      writeSync(fd, new Uint8Array(64 * 1024))
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    rmSync(probe, { force: true })
    return null
  } catch (error) {
    try {
      rmSync(probe, { force: true })
    } catch {
      // The directory may not exist at all: nothing to tidy.
    }
    return `Cannot use the data directory ${dir}: ${reasonOf(error).reason}`
  }
}

/** Removes the store's files from the directory (--fresh), leaving anything else in it. */
export const clearDataDir = (dataDir: string): void => {
  const dir = resolve(dataDir)
  for (const name of [RECORDS_FILE, `${RECORDS_FILE}-wal`, `${RECORDS_FILE}-shm`, BULK_DIR])
    rmSync(join(dir, name), { recursive: true, force: true })
}
