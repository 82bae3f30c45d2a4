/**
 * The natural keys of event rows already stored or being appended, for the de-duplication of an apply
 * (DOMAIN.md §2: re-uploading a transaction adds nothing; a transaction that is new is never dropped).
 *
 * Ten million keys as strings in a Set cost over a gigabyte and most of an apply's time. Here a key is a
 * 95-bit fingerprint and a row number, 16 bytes a slot, and the key itself stays where its row already is
 * (KeyRows). A fingerprint is not proof: two different keys can share one, however unlikely, so a fingerprint
 * found again is confirmed by comparing the two rows' keys, and a different key is added as new. The
 * comparison runs only on a match, which apart from true duplicates is almost never.
 *
 * Each value hashes and compares as `naturalKeyOf` formats it (100 and 100.00 are one amount, null is the
 * empty text), the same from a row object or from RowColumns, whose dictionary texts are hashed once.
 */
import type { UploadRow } from "../Upload/Specs.js"
import type { UploadType } from "../Upload/UploadType.js"
import { FingerprintTable, Lanes } from "./FingerprintTable.js"
import { canonicalPart } from "./KeyParts.js"
import { KeyRows } from "./KeyRows.js"
import type { RowColumns } from "./RowColumns.js"
import { BLOCK_BITS, type Column, MASK } from "./StoredColumn.js"

export class KeySet {
  private readonly rows: KeyRows
  private readonly table: FingerprintTable
  private readonly textHashes = new WeakMap<Column, Array<number>>()
  /**
   * The key being added, for `sameKey`: a row object's canonical `parts`, or row `currentRow` of
   * `currentColumns`, whose values as stored (`raws`) were read to hash it.
   */
  private byParts = false
  private readonly parts: Array<number | string> = []
  private currentColumns: ReadonlyArray<Column> = []
  private currentRow = 0
  private readonly raws: Float64Array

  /**
   * `expected`: about how many keys will be added, so the table is sized once rather than regrown.
   * `lanes`: the hashing; only tests give another (one that makes every key collide).
   */
  constructor(
    type: UploadType,
    expected = 0,
    private readonly lanes: Lanes = new Lanes()
  ) {
    this.rows = new KeyRows(type)
    this.raws = new Float64Array(this.rows.names.length)
    this.table = new FingerprintTable(expected, (row) =>
      this.byParts
        ? this.rows.sameAsParts(row, this.parts)
        : this.rows.sameAsColumns(row, this.currentColumns, this.currentRow, this.raws)
    )
  }

  get size(): number {
    return this.table.size
  }

  /** Adds the row's key; false when it was already there. */
  add(row: UploadRow<UploadType>): boolean {
    const values = row as unknown as Record<string, unknown>
    const { names, times } = this.rows
    const parts = this.parts
    this.lanes.start()
    for (let p = 0; p < names.length; p++) {
      const part = canonicalPart(times[p]!, values[names[p]!])
      parts[p] = part
      this.mixPart(part)
    }
    this.byParts = true
    const added = this.table.add(this.lanes.finish(), this.rows.nextOwn())
    this.byParts = false
    if (added) this.rows.keep(parts)
    return added
  }

  /** Adds the key of row `i` of `rows`, read from its columns; false when it was already there. */
  addAt(rows: RowColumns, i: number): boolean {
    const { start, columns } = this.rows.sourceFor(rows)
    return this.addFrom(columns, start, i)
  }

  /** Adds the keys of all rows; `fresh[i]` is set to 1 where row i's key was new. Answers how many were. */
  addAll(rows: RowColumns, fresh?: Uint8Array): number {
    const { start, columns } = this.rows.sourceFor(rows)
    let count = 0
    for (let i = 0; i < rows.length; i++) {
      if (!this.addFrom(columns, start, i)) continue
      if (fresh !== undefined) fresh[i] = 1
      count++
    }
    return count
  }

  private addFrom(columns: ReadonlyArray<Column>, start: number, i: number): boolean {
    this.lanes.start()
    for (let p = 0; p < columns.length; p++) {
      const column = columns[p]!
      const raw = column.blocks[i >>> BLOCK_BITS]![i & MASK]!
      this.raws[p] = raw
      if (column.codec === "text") {
        if (raw >= 0) this.mixText(column, raw)
        else this.mixPart(canonicalPart(this.rows.times[p]!, column.get(i)))
      } else if (Number.isNaN(raw)) this.mixPart(canonicalPart(this.rows.times[p]!, column.get(i)))
      else this.lanes.number(raw)
    }
    this.currentColumns = columns
    this.currentRow = i
    return this.table.add(this.lanes.finish(), start + i)
  }

  private mixPart(part: number | string): void {
    if (typeof part === "number") this.lanes.number(part)
    else this.lanes.text(part)
  }

  /** Mixes a dictionary text in by its lanes, computed on first use. */
  private mixText(column: Column, id: number): void {
    let cache = this.textHashes.get(column)
    if (cache === undefined) {
      cache = []
      this.textHashes.set(column, cache)
    }
    for (let next = cache.length / 3; next <= id; next++) cache.push(...Lanes.ofText(column.texts[next]!))
    this.lanes.mix(cache[id * 3]!, cache[id * 3 + 1]!, cache[id * 3 + 2]!)
  }
}
