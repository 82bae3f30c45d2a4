/**
 * Writes an upload file from an async stream of lines. The demo's `writeCsvFile` (../writer.ts) takes a
 * synchronous Iterable, which cannot pull rows from a parser that is still reading a gzip stream; this is
 * the same writer (same header line, LF ends, large chunks, back-pressure) for an AsyncIterable, so
 * trade_flow.csv is written while trans is being read. Small tables use writeCsvFile itself.
 */
import { once } from "node:events"
import { createWriteStream } from "node:fs"
import { join } from "node:path"
import { csvLine } from "../csv.js"
import type { WrittenFile } from "../writer.js"

const CHUNK_CHARS = 1 << 16

export const writeCsvFileAsync = async (
  dir: string,
  file: string,
  header: ReadonlyArray<string>,
  lines: AsyncIterable<string>
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
  try {
    for await (const line of lines) {
      chunk += `${line}\n`
      rows++
      if (chunk.length >= CHUNK_CHARS) await flush()
    }
    await flush()
  } catch (error) {
    stream.destroy()
    throw error
  }
  stream.end()
  await Promise.race([once(stream, "finish"), failed])
  return { file, rows, bytes }
}
