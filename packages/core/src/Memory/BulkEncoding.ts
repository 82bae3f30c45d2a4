/**
 * How the embedded store writes a data version's bulk data as bytes (BulkFiles):
 *
 * - Event rows (RowColumns) in a compact binary form: a small JSON header (type, row count, per column its
 *   codec, dictionary texts and values kept aside) then each column's typed-array bytes, 8-byte aligned, in the
 *   host's byte order (little-endian on every platform Node runs on). Read back, full blocks are views of the
 *   file's bytes: loading costs the file's size once, no copy, no row objects.
 * - Snapshot rows and portraits as JSON lines, written a batch at a time (no string as big as the file).
 */
import { RowColumns } from "../Pipeline/RowColumns.js"
import { BLOCK, Column } from "../Pipeline/StoredColumn.js"
import type { UploadType } from "../Upload/UploadType.js"

declare class TextEncoder {
  encode(text: string): Uint8Array
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean })
  decode(bytes: Uint8Array): string
}
const encoder = new TextEncoder()
const decoder = new TextDecoder("utf-8", { fatal: true })

const MAGIC = 0x31434d57 // "WMC1"

interface ColumnHeader {
  readonly name: string
  readonly codec: Column["codec"]
  readonly texts: ReadonlyArray<string>
  /** [row, value], or [row] for a value given as undefined. */
  readonly aside: ReadonlyArray<readonly [number, unknown] | readonly [number]>
  readonly offset: number
}

const widthOf = (codec: Column["codec"]) => (codec === "text" ? 4 : 8)
const pad8 = (n: number) => (n + 7) & ~7

/** The parts of one RowColumns file, in order; column bytes are views of the columns, not copies. */
export const encodeColumns = (rows: RowColumns): ReadonlyArray<Uint8Array> => {
  const length = rows.length
  const body: Array<Uint8Array> = []
  const headers: Array<ColumnHeader> = []
  let offset = 0
  for (const column of rows.allColumns) {
    const width = widthOf(column.codec)
    headers.push({
      name: column.name,
      codec: column.codec,
      texts: column.texts,
      aside: [...column.aside].filter(([i]) => i < length).map(([i, v]) => (v === undefined ? [i] : [i, v])),
      offset
    })
    for (let b = 0; b * BLOCK < length; b++) {
      const block = column.blocks[b]!
      const count = Math.min(BLOCK, length - b * BLOCK)
      body.push(new Uint8Array(block.buffer, block.byteOffset, count * width))
    }
    const size = length * width
    if (pad8(size) > size) body.push(new Uint8Array(pad8(size) - size))
    offset += pad8(size)
  }
  const header = encoder.encode(JSON.stringify({ type: rows.type, length, columns: headers }))
  const start = new Uint8Array(pad8(8 + header.byteLength))
  const view = new DataView(start.buffer)
  view.setUint32(0, MAGIC, true)
  view.setUint32(4, header.byteLength, true)
  start.set(header, 8)
  return [start, ...body]
}

export const decodeColumns = <T extends UploadType>(type: T, bytes: Uint8Array): RowColumns<T> => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (bytes.byteLength < 8 || view.getUint32(0, true) !== MAGIC) throw new Error("not a column file")
  const headerLength = view.getUint32(4, true)
  const header = JSON.parse(decoder.decode(bytes.subarray(8, 8 + headerLength))) as {
    type: string
    length: number
    columns: ReadonlyArray<ColumnHeader>
  }
  if (header.type !== type) throw new Error(`a column file of ${header.type}, not ${type}`)
  const base = pad8(8 + headerLength)
  const { length } = header
  const columns = header.columns.map((h) => {
    const column = new Column(h.name, h.codec)
    h.texts.forEach((text, id) => {
      column.texts.push(text)
      column.ids.set(text, id)
    })
    for (const entry of h.aside) column.aside.set(entry[0], entry.length === 1 ? undefined : entry[1])
    const width = widthOf(h.codec)
    for (let b = 0; b * BLOCK < length; b++) {
      const count = Math.min(BLOCK, length - b * BLOCK)
      const at = base + h.offset + b * BLOCK * width
      const make = (buffer: ArrayBufferLike, byteOffset: number, n: number) =>
        width === 4 ? new Int32Array(buffer, byteOffset, n) : new Float64Array(buffer, byteOffset, n)
      if (count === BLOCK && (bytes.byteOffset + at) % width === 0) {
        column.blocks.push(make(bytes.buffer, bytes.byteOffset + at, BLOCK))
      } else {
        const block = width === 4 ? new Int32Array(BLOCK) : new Float64Array(BLOCK)
        new Uint8Array(block.buffer).set(bytes.subarray(at, at + count * width))
        column.blocks.push(block)
      }
    }
    return column
  })
  return RowColumns.restore(type, columns, length)
}

const LINES_PER_PART = 1_000

/** Values as JSON lines, a part per batch of lines. */
export const encodeLines = (values: Iterable<unknown>): ReadonlyArray<Uint8Array> => {
  const parts: Array<Uint8Array> = []
  let batch: Array<string> = []
  for (const value of values) {
    batch.push(`${JSON.stringify(value)}\n`)
    if (batch.length === LINES_PER_PART) {
      parts.push(encoder.encode(batch.join("")))
      batch = []
    }
  }
  if (batch.length > 0) parts.push(encoder.encode(batch.join("")))
  return parts
}

export const decodeLines = <A>(bytes: Uint8Array): Array<A> => {
  const values: Array<A> = []
  let start = 0
  // A newline byte never occurs inside a UTF-8 sequence, and JSON escapes it in strings.
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, start)) {
    values.push(JSON.parse(decoder.decode(bytes.subarray(start, i))) as A)
    start = i + 1
  }
  return values
}
