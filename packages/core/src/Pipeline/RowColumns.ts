/**
 * Upload rows of one type held column by column, for staged files and the embedded store's event rows.
 *
 * A transaction as an object costs ~400 bytes and a GC visit; here it costs ~40 bytes of typed arrays:
 * numbers and trade times in Float64Arrays, text as ids into a per-column dictionary (customer codes,
 * accounts, banks and channels repeat). Columns grow in fixed blocks, so growing never copies. Rows come
 * back as equal plain objects; a value a column cannot encode exactly is kept aside as it was given.
 */
import { type UploadRow, uploadSpecOf } from "../Upload/Specs.js"
import type { UploadType } from "../Upload/UploadType.js"
import { BLOCK_BITS, type Codec, Column, codecOf, MASK } from "./StoredColumn.js"

export class RowColumns<T extends UploadType = UploadType> {
  private readonly columns: ReadonlyArray<Column>
  private size = 0

  constructor(readonly type: T) {
    const spec = uploadSpecOf(type)
    this.columns = Object.keys(spec.columns).map((name) => new Column(name, codecOf(spec.columns[name]!.cell.kind.tag)))
  }

  /** The column names and codecs of a type, in the spec's order. */
  static layoutOf(type: UploadType): ReadonlyArray<{ readonly name: string; readonly codec: Codec }> {
    return new RowColumns(type).columns.map(({ name, codec }) => ({ name, codec }))
  }

  /** Rows given as an array (tests, small files), copied in. */
  static of<T extends UploadType>(type: T, rows: Iterable<UploadRow<T>>): RowColumns<T> {
    const columns = new RowColumns(type)
    for (const row of rows) columns.push(row)
    return columns
  }

  /** Columns read back from a file (Memory/ColumnFile): the columns of the type's spec, in its order. */
  static restore<T extends UploadType>(type: T, columns: ReadonlyArray<Column>, length: number): RowColumns<T> {
    const rows = new RowColumns(type)
    const layout = rows.columns
    if (columns.length !== layout.length || columns.some((c, i) => c.name !== layout[i]!.name))
      throw new Error(`the columns of ${type} are now ${layout.map((c) => c.name).join(", ")}`)
    for (let i = 0; i < columns.length; i++) (rows.columns as Array<Column>)[i] = columns[i]!
    rows.size = length
    return rows
  }

  /** Every column, in the spec's order. */
  get allColumns(): ReadonlyArray<Column> {
    return this.columns
  }

  get length(): number {
    return this.size
  }

  push(row: UploadRow<T>): void {
    const values = row as unknown as Record<string, unknown>
    const i = this.size++
    for (const column of this.columns) column.put(i, values[column.name])
  }

  /** The i-th row as a fresh plain object; a field given as undefined (absent) stays absent. */
  row(i: number): UploadRow<T> {
    const row: Record<string, unknown> = {}
    for (const column of this.columns) {
      const value = column.get(i)
      if (value !== undefined) row[column.name] = value
    }
    return row as UploadRow<T>
  }

  /** One field of the i-th row without building the row (a trade time is formatted); undefined if absent. */
  value(name: string, i: number): unknown {
    return this.columnNamed(name)?.get(i)
  }

  /** A number or trade time column's stored number (ms for a time); NaN when null or kept aside. */
  number(name: string, i: number): number {
    const column = this.columnNamed(name)
    return column === undefined || column.codec === "text" ? Number.NaN : column.blocks[i >>> BLOCK_BITS]![i & MASK]!
  }

  /** The column itself, for readers that decode whole columns at once (the recompute, de-duplication). */
  columnNamed(name: string): Column | undefined {
    for (const column of this.columns) if (column.name === name) return column
    return undefined
  }

  /** Rows `from` (inclusive) to `to` (exclusive) as objects. */
  slice(from: number, to: number): Array<UploadRow<T>> {
    const rows = new Array<UploadRow<T>>(Math.max(0, Math.min(to, this.size) - from))
    for (let i = 0; i < rows.length; i++) rows[i] = this.row(from + i)
    return rows
  }
}
