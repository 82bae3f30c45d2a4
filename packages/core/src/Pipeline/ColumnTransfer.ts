/**
 * RowColumns as a message between threads: each column's blocks as separate ArrayBuffers that can be
 * transferred (moved, not copied) with `postMessage`, its dictionary and values kept aside as plain data.
 *
 * A thread that gives away columns it still serves from copies the blocks first (`copy`), a block at a time,
 * so the copy is memcpy-fast and can be spread over several event-loop turns by the caller; a thread that
 * built the columns for the receiver alone (a worker's validated upload) hands its own blocks over.
 */
import { Effect } from "effect"
import { runStepsSliced, type Steps } from "../Records/Steps.js"
import type { UploadType } from "../Upload/UploadType.js"
import { RowColumns } from "./RowColumns.js"
import { Column } from "./StoredColumn.js"

export interface PackedColumn {
  readonly name: string
  readonly codec: Column["codec"]
  readonly texts: ReadonlyArray<string>
  readonly aside: ReadonlyArray<readonly [number, unknown]>
  readonly blocks: ReadonlyArray<ArrayBuffer>
}

export interface PackedRows {
  readonly type: UploadType
  readonly length: number
  readonly columns: ReadonlyArray<PackedColumn>
}

/** The columns as a message, and the buffers to list as transferable. */
export const packRows = (rows: RowColumns, copy: boolean): { packed: PackedRows; transfer: Array<ArrayBuffer> } => {
  const transfer: Array<ArrayBuffer> = []
  const columns = rows.allColumns.map((column): PackedColumn => {
    const blocks = column.blocks.map((block) => {
      // A block that is not alone in its buffer (a view of a column file's bytes) is always copied.
      const own =
        !copy && block.byteOffset === 0 && block.byteLength === block.buffer.byteLength
          ? (block.buffer as ArrayBuffer)
          : (block.slice().buffer as ArrayBuffer)
      transfer.push(own)
      return own
    })
    return { name: column.name, codec: column.codec, texts: column.texts, aside: [...column.aside], blocks }
  })
  return { packed: { type: rows.type, length: rows.length, columns }, transfer }
}

/** The columns back, their blocks views of the received buffers. */
export const unpackRows = <T extends UploadType>(packed: PackedRows): RowColumns<T> => {
  const columns = packed.columns.map((p) => {
    const column = new Column(p.name, p.codec)
    p.texts.forEach((text, id) => {
      column.texts.push(text)
      column.ids.set(text, id)
    })
    for (const [i, value] of p.aside) column.aside.set(i, value)
    for (const buffer of p.blocks)
      column.blocks.push(p.codec === "text" ? new Int32Array(buffer) : new Float64Array(buffer))
    return column
  })
  return RowColumns.restore(packed.type as T, columns, packed.length)
}

/** `packRowsInSlices`'s copying, pausing after each block (copying 16 MB at once took 60–200 ms when loaded). */
function* packSteps(rows: RowColumns): Steps<{ packed: PackedRows; transfer: Array<ArrayBuffer> }> {
  const transfer: Array<ArrayBuffer> = []
  const columns: Array<PackedColumn> = []
  for (const column of rows.allColumns) {
    const blocks: Array<ArrayBuffer> = []
    for (const block of column.blocks) {
      const own = block.slice().buffer as ArrayBuffer
      blocks.push(own)
      transfer.push(own)
      yield
    }
    columns.push({ name: column.name, codec: column.codec, texts: column.texts, aside: [...column.aside], blocks })
  }
  return { packed: { type: rows.type, length: rows.length, columns } satisfies PackedRows, transfer }
}

/**
 * `packRows` with copying, for columns the calling thread keeps serving: the event loop runs between slices,
 * so copying a ten-million-row version never holds a request up for long.
 */
export const packRowsInSlices = (rows: RowColumns) => runStepsSliced(packSteps(rows))
