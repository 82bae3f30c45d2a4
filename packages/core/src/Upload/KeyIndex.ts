/**
 * The natural keys seen so far in a file, to report a duplicate with the row that had the key first.
 *
 * Ten million trade-flow keys as JavaScript strings in a Map would take over a gigabyte; this table keeps a
 * 64-bit fingerprint and a row number per key, 12 bytes a slot side by side (about 200 MB at ten million rows). Two
 * different keys share a fingerprint with a probability of about 3 in a million for a whole 10M-row file.
 * Keys are hashed from decoded values, so 100.5 and 100.50 are one amount without formatting either.
 */

const EMPTY = 0
const bits = new Float64Array(1)
const words = new Int32Array(bits.buffer)

export class KeyIndex {
  private capacity = 1 << 10
  private size = 0
  /** Per slot: fingerprint low word, high word, first row (rows are ≥ 1, so 0 marks a free slot). */
  private slots = new Int32Array(this.capacity * 3)

  /** The row that had this key (decoded strings, numbers, booleans or null) first, or 0 after recording `row`. */
  firstRow(parts: ReadonlyArray<unknown>, row: number): number {
    // Two independent 32-bit multiplicative hashes (cyrb53's inner state), mixed at the end.
    let h1 = 0xdeadbeef
    let h2 = 0x41c6ce57
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p]
      if (typeof part === "string") {
        for (let i = 0; i < part.length; i++) {
          const c = part.charCodeAt(i)
          h1 = Math.imul(h1 ^ c, 2654435761)
          h2 = Math.imul(h2 ^ c, 1597334677)
        }
      } else {
        bits[0] = typeof part === "number" ? part : part === true ? 1 : part === false ? 0 : Number.NaN
        h1 = Math.imul(Math.imul(h1 ^ words[0]!, 2654435761) ^ words[1]!, 2654435761)
        h2 = Math.imul(Math.imul(h2 ^ words[0]!, 1597334677) ^ words[1]!, 1597334677)
      }
      // A separator no cell text contains, so ("ab", "c") and ("a", "bc") differ.
      h1 = Math.imul(h1 ^ 0x1f0001, 2654435761)
      h2 = Math.imul(h2 ^ 0x1f0001, 1597334677)
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
    const at = this.find(this.slots, h1, h2)
    const first = this.slots[at + 2]!
    if (first !== EMPTY) return first
    this.slots[at] = h1
    this.slots[at + 1] = h2
    this.slots[at + 2] = row
    if (++this.size * 4 > this.capacity * 3) this.grow()
    return 0
  }

  /** The index of the slot holding the fingerprint, or of the free slot where it belongs (linear probing). */
  private find(slots: Int32Array, h1: number, h2: number): number {
    const mask = this.capacity - 1
    let slot = h1 & mask
    while (slots[slot * 3 + 2] !== EMPTY && (slots[slot * 3] !== h1 || slots[slot * 3 + 1] !== h2)) {
      slot = (slot + 1) & mask
    }
    return slot * 3
  }

  private grow(): void {
    const old = this.slots
    this.capacity *= 2
    this.slots = new Int32Array(this.capacity * 3)
    for (let i = 0; i < old.length; i += 3) {
      if (old[i + 2] === EMPTY) continue
      const at = this.find(this.slots, old[i]!, old[i + 1]!)
      this.slots[at] = old[i]!
      this.slots[at + 1] = old[i + 1]!
      this.slots[at + 2] = old[i + 2]!
    }
  }
}
