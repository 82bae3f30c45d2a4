/**
 * The natural keys seen so far in a file, to report a duplicate with the row that had the key first.
 *
 * Ten million trade-flow keys as JavaScript strings in a Map would take over a gigabyte. This is the apply's
 * de-duplication (KeySet) turned to validation: a 95-bit fingerprint and a key number per slot
 * (FingerprintTable), the key's canonical parts in typed columns (KeyRows: dictionary ids for texts, doubles for
 * amounts and times), and here the file row of each key. A fingerprint found again is only a candidate: the two
 * keys are compared, so a different key that shares a fingerprint is recorded as new and never turns a valid
 * file into a "duplicates row N" error. The comparison runs only on a match, which apart from true
 * duplicates is almost never. About 70 bytes a trade-flow key, 700 MB at ten million rows.
 *
 * Parts hash and compare as `naturalKeyOf` formats them (KeyParts): 100 and 100.00 are one amount, -0 is 0,
 * null is the empty text, without formatting any of them.
 */
import { FingerprintTable, Lanes } from "../Pipeline/FingerprintTable.js"
import { canonicalPart } from "../Pipeline/KeyParts.js"
import { KeyRows } from "../Pipeline/KeyRows.js"
import { BLOCK, BLOCK_BITS, MASK } from "../Pipeline/StoredColumn.js"
import type { UploadType } from "./UploadType.js"

export class KeyIndex {
  private readonly keys: KeyRows
  private readonly table: FingerprintTable
  /** The canonical parts of the key being looked up, for the comparison on a fingerprint match. */
  private readonly parts: Array<number | string> = []
  /** The key number (as KeyRows numbers its keys) of the last match the comparison confirmed. */
  private found = 0
  /** Per key number, the file row that had the key first; in blocks, so growing copies nothing. */
  private readonly firstRows: Array<Int32Array> = []

  /** `lanes`: the hashing; only tests give another (one that makes every key collide). */
  constructor(
    type: UploadType,
    private readonly lanes: Lanes = new Lanes()
  ) {
    this.keys = new KeyRows(type)
    this.table = new FingerprintTable(0, (key) => {
      if (!this.keys.sameAsParts(key, this.parts)) return false
      this.found = key
      return true
    })
  }

  /**
   * The row that had this key first, or 0 after recording `row` (≥ 1) as its first. `values`: the decoded
   * key values (strings, numbers, booleans or null) in the order of the type's natural key.
   */
  firstRow(values: ReadonlyArray<unknown>, row: number): number {
    const { times } = this.keys
    const parts = this.parts
    const lanes = this.lanes
    lanes.start()
    for (let p = 0; p < times.length; p++) {
      const part = canonicalPart(times[p]!, values[p])
      parts[p] = part
      if (typeof part === "number") lanes.number(part)
      else lanes.text(part)
    }
    const key = this.keys.nextOwn()
    if (!this.table.add(lanes.finish(), key)) return this.firstRows[this.found >>> BLOCK_BITS]![this.found & MASK]!
    this.keys.keep(parts)
    if (key >>> BLOCK_BITS === this.firstRows.length) this.firstRows.push(new Int32Array(BLOCK))
    this.firstRows[key >>> BLOCK_BITS]![key & MASK] = row
    return 0
  }
}
