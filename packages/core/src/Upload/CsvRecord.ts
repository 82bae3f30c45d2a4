/**
 * One record of a CSV scan: its fields as byte ranges of the scanned bytes, valid until the next record.
 * Readers that need text ask for it field by field; quoted fields are unquoted then ("" → ").
 */

const utf8 = new TextDecoder("utf-8")

export class CsvRecord {
  bytes: Uint8Array = new Uint8Array(0)
  starts = new Int32Array(16)
  ends = new Int32Array(16)
  /** 1 where the field was quoted with doubled quotes inside, which its text must undouble. */
  escaped = new Uint8Array(16)
  count = 0
  /** Whether any field was quoted. */
  quoted = false

  reset(bytes: Uint8Array): void {
    this.bytes = bytes
    this.count = 0
    this.quoted = false
  }

  add(start: number, end: number, escaped: boolean): void {
    if (this.count === this.starts.length) {
      const grow = <A extends Int32Array | Uint8Array>(a: A, make: (n: number) => A) => {
        const b = make(a.length * 2)
        b.set(a)
        return b
      }
      this.starts = grow(this.starts, (n) => new Int32Array(n))
      this.ends = grow(this.ends, (n) => new Int32Array(n))
      this.escaped = grow(this.escaped, (n) => new Uint8Array(n))
    }
    this.starts[this.count] = start
    this.ends[this.count] = end
    this.escaped[this.count] = escaped ? 1 : 0
    this.count++
  }

  /** The i-th field's text. */
  text(i: number): string {
    const text = utf8.decode(this.bytes.subarray(this.starts[i]!, this.ends[i]!))
    return this.escaped[i] === 1 ? text.replaceAll('""', '"') : text
  }

  texts(): Array<string> {
    const texts = new Array<string>(this.count)
    for (let i = 0; i < this.count; i++) texts[i] = this.text(i)
    return texts
  }
}
