/**
 * The rows behind KeySet's fingerprints, so that a fingerprint found again is confirmed by comparing the two
 * keys themselves: a different key that happens to share a fingerprint must never get a transaction dropped.
 *
 * Rows are numbered across sources, one Int32 a table slot (2³¹ rows, far more than memory holds). A source
 * is the key columns of a RowColumns (the stored event parts and the staged files, read where they already
 * live, nothing copied), or key columns filled here from row objects (the store port's rows exist only while
 * they stream past). Parts compare as KeyParts canonicalises them, so two keys are the same exactly when
 * their naturalKeyOf texts are.
 */
import { uploadSpecOf } from "../Upload/Specs.js"
import type { UploadType } from "../Upload/UploadType.js"
import { partAt, samePart } from "./KeyParts.js"
import type { RowColumns } from "./RowColumns.js"
import { BLOCK_BITS, type Codec, Column, codecOf, MASK } from "./StoredColumn.js"
import { TextIds } from "./TextIds.js"

export interface Source {
  readonly start: number
  readonly length: number
  /** The key columns, in key order. */
  readonly columns: ReadonlyArray<Column>
}

export class KeyRows {
  readonly names: ReadonlyArray<string>
  /** Per key part: is it a trade time? */
  readonly times: ReadonlyArray<boolean>
  private readonly codecs: ReadonlyArray<Codec>
  private readonly starts: Array<number> = []
  private readonly sources: Array<ReadonlyArray<Column>> = []
  private readonly registered = new WeakMap<RowColumns, Source>()
  /** The columns row objects' keys are copied into, while they are the last source. */
  private own: ReadonlyArray<Column> | undefined
  private total = 0
  private readonly textIds = new TextIds()
  private last = 0

  constructor(type: UploadType) {
    const spec = uploadSpecOf(type)
    this.names = spec.naturalKey
    this.times = spec.naturalKey.map((name) => spec.columns[name]!.cell.kind.tag === "dateTime")
    this.codecs = spec.naturalKey.map((name) => codecOf(spec.columns[name]!.cell.kind.tag))
  }

  /** `rows`' key columns, and the number of its row 0: its rows as they are now are numbered on from it. */
  sourceFor(rows: RowColumns): Source {
    const known = this.registered.get(rows)
    if (known !== undefined && known.length === rows.length) return known
    const columns = this.names.map((name) => rows.columnNamed(name)!)
    const source = { start: this.open(columns), length: rows.length, columns }
    this.registered.set(rows, source)
    this.total += rows.length
    this.own = undefined
    return source
  }

  /** The number the next row object kept will have. */
  nextOwn(): number {
    if (this.own === undefined) {
      // Parts are kept canonical: a number column holds a time's ms, a flag's 1 or 0, and a text aside.
      this.own = this.names.map((name, p) => new Column(name, this.codecs[p] === "text" ? "text" : "number"))
      this.open(this.own)
    }
    return this.total
  }

  /** Keeps the canonical parts of the row object just numbered by `nextOwn`. */
  keep(parts: ReadonlyArray<number | string>): void {
    const i = this.total++ - this.starts[this.starts.length - 1]!
    for (let p = 0; p < parts.length; p++) this.own![p]!.put(i, parts[p])
  }

  /**
   * Is row `row`'s key the key of row `i` of `columns` (a source's key columns), whose stored values
   * (`raws`, as the columns hold them: numbers, or text ids) were read already to hash it?
   */
  sameAsColumns(row: number, columns: ReadonlyArray<Column>, i: number, raws: Float64Array): boolean {
    const source = this.sourceOf(row)
    const stored = this.sources[source]!
    const j = row - this.starts[source]!
    for (let p = 0; p < stored.length; p++) {
      const a = stored[p]!
      const x = a.blocks[j >>> BLOCK_BITS]![j & MASK]!
      const y = raws[p]!
      if (a.codec === "text") {
        if (x >= 0 && y >= 0) {
          if (x !== (a === columns[p] ? y : this.textIds.idIn(p, a, columns[p]!, y))) return false
          continue
        }
      } else if (x === y) continue
      if (!samePart(partAt(a, this.times[p]!, j), partAt(columns[p]!, this.times[p]!, i))) return false
    }
    return true
  }

  /** The id in `a` of text `id` of `b` (-1 if `a` has no such text yet): parts compare as ids, not strings. */
  /** Is row `row`'s key the key whose canonical parts (as `canonicalPart` gives them) are `parts`? */
  sameAsParts(row: number, parts: ReadonlyArray<number | string>): boolean {
    const source = this.sourceOf(row)
    const stored = this.sources[source]!
    const j = row - this.starts[source]!
    for (let p = 0; p < stored.length; p++)
      if (!samePart(partAt(stored[p]!, this.times[p]!, j), parts[p]!)) return false
    return true
  }

  private open(columns: ReadonlyArray<Column>): number {
    this.starts.push(this.total)
    this.sources.push(columns)
    return this.total
  }

  /** The last source starting at or before `row` (an empty source shares its start with the next one). */
  private sourceOf(row: number): number {
    const starts = this.starts
    let s = this.last
    if (starts[s]! <= row && (s + 1 === starts.length || starts[s + 1]! > row)) return s
    let [lo, hi] = [0, starts.length - 1]
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1
      if (starts[mid]! <= row) lo = mid
      else hi = mid - 1
    }
    s = lo
    this.last = s
    return s
  }
}
