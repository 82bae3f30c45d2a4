/**
 * The two halves of KeySet: Lanes hashes a key's values into a 96-bit fingerprint (three 32-bit
 * multiply-xor lanes, each value hashed on its own first so a text's hash can be cached), and
 * FingerprintTable is an open-addressing set of fingerprints in one typed array (linear probing).
 */

const MUL0 = 0x9e3779b1
const MUL1 = 0x85ebca77
const MUL2 = 0xc2b2ae3d
const bits = new Float64Array(1)
const words = new Int32Array(bits.buffer)
const lanesOut = new Int32Array(3)

/** `Lanes.ofText`, into one shared array: hashing a row object's texts allocates nothing. */
const textLanes = (text: string): Int32Array => {
  let a = 0x12345678
  let b = 0x7f4a7c15
  let c = 0x2545f491
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    a = Math.imul(a ^ ch, MUL0)
    b = Math.imul(b ^ ch, MUL1)
    c = Math.imul(c ^ ch, MUL2)
  }
  // The length too, so a text never hashes as another text's prefix would.
  lanesOut[0] = Math.imul(a ^ text.length, MUL1)
  lanesOut[1] = Math.imul(b ^ text.length, MUL2)
  lanesOut[2] = Math.imul(c ^ text.length, MUL0)
  return lanesOut
}

export class Lanes {
  private h0 = 0
  private h1 = 0
  private h2 = 0
  private readonly out = new Int32Array(3)

  /** The three lanes of one text value, independent of any key. */
  static ofText(text: string): [number, number, number] {
    const lanes = textLanes(text)
    return [lanes[0]!, lanes[1]!, lanes[2]!]
  }

  start(): void {
    this.h0 = 0x3c6ef372
    this.h1 = 0xa54ff53a
    this.h2 = 0x510e527f
  }

  /** Adds one value's lanes to the key. */
  mix(a: number, b: number, c: number): void {
    this.h0 = Math.imul(this.h0 ^ a, MUL0)
    this.h0 ^= this.h0 >>> 15
    this.h1 = Math.imul(this.h1 ^ b, MUL1)
    this.h1 ^= this.h1 >>> 13
    this.h2 = Math.imul(this.h2 ^ c, MUL2)
    this.h2 ^= this.h2 >>> 16
  }

  text(text: string): void {
    const lanes = textLanes(text)
    this.mix(lanes[0]!, lanes[1]!, lanes[2]!)
  }

  /** A number by its value: the bits of the double (0 for -0), tagged apart from any text. */
  number(value: number): void {
    bits[0] = value === 0 ? 0 : value
    const [lo, hi] = [words[0]!, words[1]!]
    this.mix(Math.imul(lo ^ 0x5bd1e995, MUL1) ^ hi, Math.imul(hi ^ 0x1b873593, MUL2) ^ lo, Math.imul(lo ^ hi, MUL0) ^ 1)
  }

  /** The fingerprint, valid until the next key. */
  finish(): Int32Array {
    const [h0, h1, h2] = [this.h0, this.h1, this.h2]
    this.out[0] = Math.imul(h0 ^ (h0 >>> 16), 0x85ebca6b) ^ Math.imul(h1 ^ (h1 >>> 13), 0xc2b2ae35)
    this.out[1] = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b) ^ Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35)
    this.out[2] = Math.imul(h2 ^ (h2 >>> 16), 0x85ebca6b) ^ Math.imul(h0 ^ (h0 >>> 13), 0xc2b2ae35)
    return this.out
  }
}

/**
 * Four words a slot, side by side, so a probe touches one cache line: three of fingerprint and the number of
 * the row that put it there. The third word's low bit is forced to 1 (95 bits are kept), which lets 0 mark a
 * free slot. A fingerprint found again is only a candidate: `sameKey` compares the two rows' keys, and on a
 * true collision the probe goes on, so a new key always gets a slot of its own.
 */
export class FingerprintTable {
  private capacity: number
  private count = 0
  private slots: Int32Array

  /** `sameKey(row)`: does row `row`'s key equal the key being added? */
  constructor(
    expected: number,
    private readonly sameKey: (row: number) => boolean
  ) {
    let capacity = 1 << 12
    while (capacity * 3 < expected * 4) capacity *= 2
    this.capacity = capacity
    this.slots = new Int32Array(capacity * 4)
  }

  get size(): number {
    return this.count
  }

  /** Adds the fingerprint of row `row`'s key; false when a row with that very key was already there. */
  add(print: Int32Array, row: number): boolean {
    const [a, b, c] = [print[0]!, print[1]!, print[2]! | 1]
    const mask = this.capacity - 1
    const slots = this.slots
    let at = ((a ^ Math.imul(b, 0x27d4eb2d)) & mask) << 2
    while (slots[at + 2] !== 0) {
      if (slots[at] === a && slots[at + 1] === b && slots[at + 2] === c && this.sameKey(slots[at + 3]!)) return false
      at = (at + 4) & (slots.length - 1)
    }
    this.put(at, a, b, c, row)
    return true
  }

  private put(at: number, a: number, b: number, c: number, row: number): void {
    this.slots[at] = a
    this.slots[at + 1] = b
    this.slots[at + 2] = c
    this.slots[at + 3] = row
    if (++this.count * 4 > this.capacity * 3) this.grow()
  }

  /** Moves every slot to a table twice as large; the keys are all different already, so none is compared. */
  private grow(): void {
    const old = this.slots
    this.capacity *= 2
    const mask = this.capacity - 1
    const slots = new Int32Array(this.capacity * 4)
    for (let from = 0; from < old.length; from += 4) {
      if (old[from + 2] === 0) continue
      let at = ((old[from]! ^ Math.imul(old[from + 1]!, 0x27d4eb2d)) & mask) << 2
      while (slots[at + 2] !== 0) at = (at + 4) & (slots.length - 1)
      // Word by word: a subarray per slot would allocate millions of views.
      slots[at] = old[from]!
      slots[at + 1] = old[from + 1]!
      slots[at + 2] = old[from + 2]!
      slots[at + 3] = old[from + 3]!
    }
    this.slots = slots
  }
}
