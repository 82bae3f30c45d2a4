/**
 * A large multipart/form-data body (an upload of up to 200 MiB) written to a spool file as it arrives, never held
 * in memory: the request thread only moves each network chunk to the file and looks for the part boundaries in
 * it (native byte search). A file part becomes a File backed by the spool file (no copy), which a worker thread
 * reads from disk itself (`spooledSource`); the spool file is removed once its upload was validated, when the
 * File is garbage collected, or when the process exits (a killed process's, by the next one that spools).
 *
 * Reading the body whole instead (the request's arrayBuffer, a File copied from it, that File's arrayBuffer for
 * the worker) copied 136 MB three times on the request thread: close to a second of stall per upload.
 * A body of an unusual shape (see multipart.ts) is parsed by the standard parser from the spool file.
 */
import { mkdtempSync, openAsBlob, readdirSync, rmSync } from "node:fs"
import { type FileHandle, open, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"

type Field = string | File

/** Where a spooled file part's bytes are: the worker opens the file itself. */
export interface SpooledSource {
  readonly path: string
  readonly start: number
  readonly end: number
}

const sources = new WeakMap<Blob, SpooledSource>()
const collected = new FinalizationRegistry<string>((path) => void rm(path, { force: true }).catch(() => undefined))

export const spooledSource = (file: Blob): SpooledSource | undefined => sources.get(file)

/** Removes the spool file behind `file` (nothing if it has none); the File must not be read afterwards. */
export const releaseSpooled = async (file: Blob): Promise<void> => {
  const source = sources.get(file)
  if (source !== undefined) await rm(source.path, { force: true }).catch(() => undefined)
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"
  }
}

/** Spool directories of processes that ended without their exit handler (killed): removed by the next one. */
const removeStaleSpools = () => {
  for (const name of readdirSync(tmpdir())) {
    const owner = /^wm-upload-(\d+)-/.exec(name)?.[1]
    if (owner !== undefined && !alive(Number(owner))) rmSync(join(tmpdir(), name), { recursive: true, force: true })
  }
}

let spoolDir: string | undefined
let spooled = 0
const nextSpoolPath = () => {
  if (spoolDir === undefined) {
    removeStaleSpools()
    const dir = mkdtempSync(join(tmpdir(), `wm-upload-${process.pid}-`))
    spoolDir = dir
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }))
  }
  return join(spoolDir, `body-${++spooled}`)
}

/**
 * A body larger than this is refused while it arrives, so no request fills the disk: far above the upload
 * limit (200 MiB, checked on the file part with a message naming it), which larger files still get.
 */
export const MAX_SPOOLED_BYTES = 1024 * 1024 * 1024

/** A body the spool refused, with the reason to answer. */
export class SpoolRefused extends Error {}

/** Bytes written to the spool file per write call. */
const WRITE_BATCH = 1 << 20
/** Text fields larger than this are left to the standard parser. */
const MAX_TEXT_FIELD = 1 << 20
const HEADER_READ = 16 * 1024

const text = new TextDecoder()

/**
 * Offsets of every `\r\n--boundary` in the stream, as if the stream began with `\r\n` (so a body that starts with
 * `--boundary` has one at -2), found chunk by chunk; a delimiter split over two chunks is found too.
 */
class DelimiterScan {
  readonly found: Array<number> = []
  private tail = Buffer.from("\r\n")
  private base = -2
  constructor(private readonly delimiter: Buffer) {}

  push(chunk: Buffer): void {
    const d = this.delimiter.length
    // A delimiter that begins in the tail (the previous chunk's last bytes) and ends in this chunk.
    const joined = Buffer.concat([this.tail, chunk.subarray(0, d - 1)])
    for (
      let at = joined.indexOf(this.delimiter);
      at !== -1 && at < this.tail.length;
      at = joined.indexOf(this.delimiter, at + 1)
    )
      this.found.push(this.base + at)
    const chunkStart = this.base + this.tail.length
    for (let at = chunk.indexOf(this.delimiter); at !== -1; at = chunk.indexOf(this.delimiter, at + 1))
      this.found.push(chunkStart + at)
    const keep =
      chunk.length >= d - 1
        ? chunk.subarray(chunk.length - (d - 1))
        : Buffer.concat([this.tail, chunk]).subarray(-(d - 1))
    this.base = chunkStart + chunk.length - keep.length
    this.tail = Buffer.from(keep)
  }
}

const writeAll = async (file: FileHandle, parts: Array<Buffer>) => {
  const buffers = parts
  while (buffers.length > 0) {
    let { bytesWritten } = await file.writev(buffers)
    // A short write: go on from the first byte not written.
    while (buffers.length > 0 && bytesWritten >= buffers[0]!.length) bytesWritten -= buffers.shift()!.length
    if (buffers.length > 0 && bytesWritten > 0) buffers[0] = buffers[0]!.subarray(bytesWritten)
  }
}

const readAt = async (file: FileHandle, position: number, length: number) => {
  const bytes = Buffer.alloc(Math.max(0, length))
  const { bytesRead } = await file.read(bytes, 0, bytes.length, position)
  return bytes.subarray(0, bytesRead)
}

const headerValue = (headers: string, pattern: RegExp): string | undefined => pattern.exec(headers)?.[1]

/** The fields of a spooled body by its delimiters; undefined when it is not of the plain shape. */
const splitSpooled = async (
  file: FileHandle,
  path: string,
  found: ReadonlyArray<number>,
  delimiterLength: number
): Promise<Record<string, Field | Array<Field>> | undefined> => {
  if (found[0] !== -2) return undefined
  const blob = await openAsBlob(path)
  const fields: Record<string, Field | Array<Field>> = {}
  for (let i = 0; i < found.length; i++) {
    const after = found[i]! + delimiterLength
    const end = found[i + 1]
    const mark = (await readAt(file, after, 2)).toString("latin1")
    if (mark === "--") return end === undefined ? fields : undefined
    if (mark !== "\r\n" || end === undefined) return undefined
    const head = await readAt(file, after + 2, Math.min(HEADER_READ, end - after - 2))
    const headerEnd = head.indexOf("\r\n\r\n")
    if (headerEnd < 0) return undefined
    const headers = head.toString("utf8", 0, headerEnd)
    // Escapes, encoded names (filename*=) and folded lines are left to the standard parser.
    if (/[\\%]|filename\*|\r\n[ \t]/i.test(headers)) return undefined
    const disposition = headerValue(headers, /^content-disposition:\s*form-data(.*)$/im)
    const name = disposition === undefined ? undefined : headerValue(disposition, /;\s*name="([^"]*)"/i)
    if (name === undefined) return undefined
    const start = after + 2 + headerEnd + 4
    const fileName = headerValue(disposition!, /;\s*filename="([^"]*)"/i)
    let value: Field
    if (fileName === undefined) {
      if (end - start > MAX_TEXT_FIELD) return undefined
      value = text.decode(await readAt(file, start, end - start))
    } else {
      const type = headerValue(headers, /^content-type:\s*([^\r\n]*)$/im)?.trim() ?? "application/octet-stream"
      value = new File([blob.slice(start, end, type)], fileName, { type })
      sources.set(value, { path, start, end })
      collected.register(value, path)
    }
    const previous = fields[name]
    fields[name] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value]
  }
  // No closing delimiter.
  return undefined
}

/** As hono's parseBody({ all: true }): a repeated name gives the list of its values. */
const standardFields = async (path: string, contentType: string) => {
  const form = await new Response(await openAsBlob(path), { headers: { "content-type": contentType } }).formData()
  const fields: Record<string, Field | Array<Field>> = {}
  for (const [name, value] of form.entries()) {
    const previous = fields[name]
    fields[name] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value]
  }
  return fields
}

/**
 * Writes `body` to a spool file and answers its fields (file parts backed by the spool file). Rejects when the
 * body is not multipart with a boundary or cannot be read (the caller answers a bad body).
 */
export const spoolMultipart = async (
  body: ReadableStream<Uint8Array>,
  contentType: string,
  maxBytes = MAX_SPOOLED_BYTES
): Promise<Record<string, Field | Array<Field>>> => {
  const match = /;\s*boundary=(?:"([^"]+)"|([^\s;]+))/i.exec(contentType)
  const boundary = match?.[1] ?? match?.[2]
  if (boundary === undefined) throw new Error("a multipart body without a boundary")
  const delimiter = Buffer.from(`\r\n--${boundary}`)
  const path = nextSpoolPath()
  const file = await open(path, "w+")
  let kept = false
  try {
    const scan = new DelimiterScan(delimiter)
    let batch: Array<Buffer> = []
    let batchBytes = 0
    let size = 0
    for await (const part of body as unknown as AsyncIterable<Uint8Array>) {
      const chunk = Buffer.from(part.buffer, part.byteOffset, part.byteLength)
      size += chunk.length
      if (size > maxBytes) throw new SpoolRefused(`is over ${(maxBytes / 1024 ** 3).toFixed(1)} GiB`)
      scan.push(chunk)
      batch.push(chunk)
      batchBytes += chunk.length
      if (batchBytes >= WRITE_BATCH) {
        await writeAll(file, batch)
        batch = []
        batchBytes = 0
      }
    }
    await writeAll(file, batch)
    const fields =
      (await splitSpooled(file, path, scan.found, delimiter.length)) ?? (await standardFields(path, contentType))
    kept = Object.values(fields)
      .flat()
      .some((value) => typeof value !== "string" && sources.has(value))
    return fields
  } finally {
    await file.close()
    // Without a file part backed by it (text fields only, or the standard parser's copies) it is not needed.
    if (!kept) await rm(path, { force: true })
  }
}
