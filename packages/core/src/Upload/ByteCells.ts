/**
 * Cells decoded straight from CSV bytes, for the well-formed common case of a large file: numbers and trade
 * times read digit by digit, every other cell looked up by its bytes among the texts the column has already
 * seen (codes, accounts, banks and channels repeat), with its decoded value and reference check kept there.
 *
 * A decoder answers SLOW for anything it does not accept outright: the row then takes the text path
 * (RowCells), which decodes it again and reports it exactly. So this only ever agrees with that path or defers.
 */
import { type Column, decodeCell, Invalid } from "./Cell.js"
import { MAX_YEAR, MIN_YEAR } from "./DateText.js"

export const SLOW: unique symbol = Symbol("slow")

export type ByteDecoder = (bytes: Uint8Array, start: number, end: number) => unknown

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15]
const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** `-?digits(.digits)?` of at most 15 digits: m / 10^d is then exactly what Number(text) gives. */
const numberDecoder =
  (decimals: number, signed: boolean, min: number, max: number): ByteDecoder =>
  (bytes, start, end) => {
    let i = start
    const negative = bytes[i] === 45
    if (negative && !signed) return SLOW
    if (negative) i++
    let m = 0
    let digits = 0
    let d = -1
    for (; i < end; i++) {
      const c = bytes[i]! - 48
      if (c >= 0 && c <= 9) {
        m = m * 10 + c
        digits++
        if (d >= 0) d++
      } else if (c === -2 && d < 0 && digits > 0) d = 0
      else return SLOW
    }
    if (digits === 0 || digits > 15 || d === 0 || d > decimals) return SLOW
    let value = d > 0 ? m / POW10[d]! : m
    if (negative) value = -value
    if (value < min || value > max) return SLOW
    return value === 0 ? 0 : value
  }

const digit = (bytes: Uint8Array, i: number): number => {
  const c = bytes[i]! - 48
  return c >= 0 && c <= 9 ? c : -100_000
}
const two = (bytes: Uint8Array, i: number) => digit(bytes, i) * 10 + digit(bytes, i + 1)

/** A real `YYYY-MM-DD HH:mm:ss` within the accepted years, as its text. */
const dateTimeDecoder: ByteDecoder = (b, s, e) => {
  if (e - s !== 19 || b[s + 4] !== 45 || b[s + 7] !== 45 || b[s + 10] !== 32 || b[s + 13] !== 58 || b[s + 16] !== 58)
    return SLOW
  const year = two(b, s) * 100 + two(b, s + 2)
  const month = two(b, s + 5)
  const day = two(b, s + 8)
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return SLOW
  const leap = month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0)
  if (day > DAYS_IN_MONTH[month]! + (leap ? 1 : 0)) return SLOW
  const h = two(b, s + 11)
  const min = two(b, s + 14)
  const sec = two(b, s + 17)
  if (h < 0 || h > 23 || min < 0 || min > 59 || sec < 0 || sec > 59) return SLOW
  // biome-ignore format: one character per byte
  return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, 45, b[s + 5]!, b[s + 6]!, 45, b[s + 8]!, b[s + 9]!, 32,
    b[s + 11]!, b[s + 12]!, 58, b[s + 14]!, b[s + 15]!, 58, b[s + 17]!, b[s + 18]!)
}

const utf8 = new TextDecoder("utf-8")

/** Texts of one column by their bytes: an open-addressing table of byte copies and their decoded values. */
class TextCells {
  private slots = new Int32Array(1024).fill(-1)
  private readonly quick = new Int32Array(256).fill(-1)
  private readonly keys: Array<Uint8Array> = []
  private readonly hashes: Array<number> = []
  private readonly values: Array<unknown> = []
  private last = -1

  constructor(
    private readonly column: Column<unknown, boolean>,
    private readonly known: ReadonlySet<string> | undefined,
    private readonly capacity = 1 << 18
  ) {}

  private same(key: Uint8Array, bytes: Uint8Array, start: number, end: number): boolean {
    if (key.length !== end - start) return false
    for (let i = 0; i < key.length; i++) if (key[i] !== bytes[start + i]) return false
    return true
  }

  decode: ByteDecoder = (bytes, start, end) => {
    const last = this.last
    if (last >= 0 && this.same(this.keys[last]!, bytes, start, end)) return this.values[last]
    // A small direct-mapped cache by length and end bytes: columns of a few values (directions, channels,
    // banks) are answered here without hashing.
    const quick = end > start ? (((end - start) << 4) ^ (bytes[start]! << 1) ^ bytes[end - 1]!) & 255 : 0
    const seen = this.quick[quick]!
    if (seen >= 0 && this.same(this.keys[seen]!, bytes, start, end)) {
      this.last = seen
      return this.values[seen]
    }
    let hash = 0x811c9dc5
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193)
    const mask = this.slots.length - 1
    let slot = hash & mask
    for (let e = this.slots[slot]!; e >= 0; e = this.slots[slot]!) {
      if (this.hashes[e] === hash && this.same(this.keys[e]!, bytes, start, end)) {
        this.last = e
        this.quick[quick] = e
        return this.values[e]
      }
      slot = (slot + 1) & mask
    }
    const value = this.decodeText(utf8.decode(bytes.subarray(start, end)))
    if (this.keys.length >= this.capacity) return value
    const e = this.keys.length
    this.keys.push(bytes.slice(start, end))
    this.hashes.push(hash)
    this.values.push(value)
    this.slots[slot] = e
    this.last = e
    this.quick[quick] = e
    if (this.keys.length * 2 > this.slots.length) this.grow()
    return value
  }

  private decodeText(text: string): unknown {
    const value = decodeCell(this.column, text)
    if (value instanceof Invalid) return SLOW
    return this.known !== undefined && value !== null && !this.known.has(value as string) ? SLOW : value
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1)
    const mask = slots.length - 1
    for (let e = 0; e < this.keys.length; e++) {
      let slot = this.hashes[e]! & mask
      while (slots[slot]! >= 0) slot = (slot + 1) & mask
      slots[slot] = e
    }
    this.slots = slots
  }
}

/** An empty cell is null in an optional column; a required one is reported by the text path. */
const orEmpty =
  (required: boolean, decode: ByteDecoder): ByteDecoder =>
  (bytes, start, end) =>
    start < end ? decode(bytes, start, end) : required ? SLOW : null

/** The byte decoder of a column; `known`: the codes a referencing column must be one of. */
export const byteDecoder = (column: Column<unknown, boolean>, known?: ReadonlySet<string>): ByteDecoder => {
  const kind = column.cell.kind
  const numbers = (decode: ByteDecoder) => orEmpty(column.required, decode)
  switch (kind.tag) {
    case "decimal":
      return numbers(numberDecoder(kind.decimals, kind.signed, -kind.max, kind.max))
    case "integer":
      return numbers(numberDecoder(0, kind.min < 0, kind.min, kind.max))
    case "percent":
      return numbers(numberDecoder(4, false, 0, 100))
    case "dateTime":
      return numbers(dateTimeDecoder)
    default:
      return new TextCells(column, known).decode
  }
}
