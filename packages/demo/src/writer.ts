/**
 * The only module that touches the disk: writes a header and a stream of CSV lines to a file through a
 * node:fs write stream, batching lines into large chunks and honouring back-pressure so memory stays flat
 * however many rows the generator yields.
 */

import { once } from "node:events"
import { createWriteStream } from "node:fs"
import { mkdir } from "node:fs/promises"
import { join } from "node:path"
import { csvLine } from "./csv.js"

export interface WrittenFile {
  readonly file: string
  readonly rows: number
  readonly bytes: number
}

const CHUNK_CHARS = 1 << 16
const PROGRESS_EVERY = 10_000

export const ensureDir = async (dir: string): Promise<void> => {
  await mkdir(dir, { recursive: true })
}

export const writeCsvFile = async (
  dir: string,
  file: string,
  header: ReadonlyArray<string>,
  lines: Iterable<string>,
  onRows?: (rowsSoFar: number) => void
): Promise<WrittenFile> => {
  const stream = createWriteStream(join(dir, file), { encoding: "utf8" })
  const failed = new Promise<never>((_, reject) => stream.once("error", reject))
  failed.catch(() => undefined) // observed below; avoids an unhandled rejection when nothing awaits it
  let bytes = 0
  let rows = 0
  let chunk = `${csvLine(header)}\n`
  const flush = async () => {
    bytes += Buffer.byteLength(chunk)
    const ok = stream.write(chunk)
    chunk = ""
    if (!ok) await Promise.race([once(stream, "drain"), failed])
  }
  for (const line of lines) {
    chunk += `${line}\n`
    rows++
    if (chunk.length >= CHUNK_CHARS) await flush()
    if (onRows !== undefined && rows % PROGRESS_EVERY === 0) onRows(rows)
  }
  await flush()
  stream.end()
  await Promise.race([once(stream, "finish"), failed])
  onRows?.(rows)
  return { file, rows, bytes }
}
