/**
 * One column of RowColumns: its values in fixed blocks of a typed array, by codec. Numbers, yes/no flags and
 * trade times (epoch ms) are Float64; any other text is an Int32 id into the column's dictionary. A value the
 * codec cannot hold exactly (a time not written 'YYYY-MM-DD HH:mm:ss', a field left undefined) is kept aside.
 */
import { parseTradeTime } from "../Portrait/Calendar.js"
import { formatTradeTime } from "./TimeText.js"

export const BLOCK_BITS = 15
export const BLOCK = 1 << BLOCK_BITS
export const MASK = BLOCK - 1
/** Text ids: -1 null, -2 a value kept aside. Number columns use NaN for both and look aside. */
export const NULL_ID = -1
export const ASIDE_ID = -2

export type Codec = "number" | "flag" | "time" | "text"

export const codecOf = (tag: string): Codec =>
  tag === "decimal" || tag === "percent" || tag === "integer"
    ? "number"
    : tag === "flag"
      ? "flag"
      : tag === "dateTime"
        ? "time"
        : "text"

/** The last time read: a row's time is read by the duplicate check and again when the row is stored. */
let lastText = ""
let lastMs = 0

/** Epoch ms of a canonical 'YYYY-MM-DD HH:mm:ss' (the only shape that round-trips), else undefined. */
export const timeNumberOf = (value: unknown): number | undefined => {
  // parseTradeTime also reads other shapes ('T', a bare date), which would come back changed.
  if (typeof value !== "string" || value.length !== 19 || value.charCodeAt(10) !== 32) return undefined
  if (value === lastText) return lastMs
  if (value.charCodeAt(0) === 48) return undefined // years before 1000 would come back unpadded
  const ms = parseTradeTime(value)
  if (Number.isNaN(ms)) return undefined
  lastText = value
  lastMs = ms
  return ms
}

/** A value a number codec stores exactly, as its number; undefined when it must be kept aside. */
const numberOf = (codec: Codec, value: unknown): number | undefined => {
  if (codec === "number") return typeof value === "number" && !Number.isNaN(value) ? value : undefined
  if (codec === "flag") return value === true ? 1 : value === false ? 0 : undefined
  return timeNumberOf(value)
}

export class Column {
  readonly blocks: Array<Float64Array | Int32Array> = []
  readonly aside = new Map<number, unknown>()
  readonly ids = new Map<string, number>()
  readonly texts: Array<string> = []
  private lastId = -1
  constructor(
    readonly name: string,
    readonly codec: Codec
  ) {}

  put(i: number, value: unknown): void {
    const block = i >>> BLOCK_BITS
    if (block === this.blocks.length)
      this.blocks.push(this.codec === "text" ? new Int32Array(BLOCK) : new Float64Array(BLOCK))
    const at = i & MASK
    if (this.codec === "text") {
      let id = NULL_ID
      if (typeof value === "string") {
        // Rows of one customer and account come one after another: the previous text is the likeliest.
        id = value === this.texts[this.lastId] ? this.lastId : (this.ids.get(value) ?? this.texts.length)
        if (id === this.texts.length) {
          this.ids.set(value, id)
          this.texts.push(value)
        }
        this.lastId = id
      } else if (value !== null) {
        id = ASIDE_ID
        this.aside.set(i, value)
      }
      this.blocks[block]![at] = id
      return
    }
    const n = value === null ? undefined : numberOf(this.codec, value)
    if (n === undefined && value !== null) this.aside.set(i, value)
    this.blocks[block]![at] = n ?? Number.NaN
  }

  /**
   * A text column's dictionary ids (indexes into `texts`; negative: no text, or a value kept aside) of the BLOCK
   * rows from `from`, a multiple of BLOCK: the block itself, for loops over millions of rows.
   */
  textIds(from: number): Int32Array {
    return this.blocks[from >>> BLOCK_BITS] as Int32Array
  }

  get(i: number): unknown {
    const raw = this.blocks[i >>> BLOCK_BITS]![i & MASK]!
    if (this.codec === "text") return raw >= 0 ? this.texts[raw] : raw === NULL_ID ? null : this.aside.get(i)
    if (Number.isNaN(raw)) return this.aside.size > 0 && this.aside.has(i) ? this.aside.get(i) : null
    return this.codec === "number" ? raw : this.codec === "flag" ? raw === 1 : formatTradeTime(raw)
  }
}
