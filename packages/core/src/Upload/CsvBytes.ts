/**
 * A CSV scanner over UTF-8 byte chunks: records come out as field offsets into the bytes, so no text is made
 * until a reader asks for a field's text. Comma-separated, `"` quotes doubled inside quoted fields, an optional
 * BOM, and the record delimiter found at the first line end (CRLF, LF or CR), read as csv-parse reads a file
 * with `relax_quotes: false`; malformed quoting stops the scan with a problem naming the record, field and line.
 *
 * Pure and synchronous: callable from a request handler, a worker or a test, one chunk at a time.
 */
import { CsvRecord } from "./CsvRecord.js"

export { CsvRecord }

const QUOTE = 0x22
const COMMA = 0x2c
const LF = 0x0a
const CR = 0x0d

export type CsvProblemCode = "QUOTE_NOT_CLOSED" | "MAX_RECORD_SIZE" | "INVALID_OPENING_QUOTE" | "INVALID_CLOSING_QUOTE"

/** Why scanning stopped: `records` read before the failing one, its field `index`, and the 1-based `line`. */
export interface CsvProblem {
  readonly code: CsvProblemCode
  readonly records: number
  readonly index: number
  readonly line: number
}

/** More bytes are needed to finish the record. */
const MORE = -1
/** A problem was recorded in `problem`. */
const FAILED = -2

export class CsvScanner {
  private carry: Uint8Array | undefined
  private started = false
  /** 0 until the first line end outside quotes is seen; then LF, CR, or CR + LF as 0x0d0a. */
  private eol = 0
  private records = 0
  private lines = 1
  private problem: CsvProblem | undefined
  private readonly record = new CsvRecord()

  constructor(
    private readonly onRecord: (record: CsvRecord) => void,
    private readonly maxRecordBytes = 1024 * 1024
  ) {}

  /** Scans a chunk; answers the problem that stops the scan, if any. */
  push(chunk: Uint8Array): CsvProblem | undefined {
    let data = chunk
    if (this.carry !== undefined) {
      data = new Uint8Array(this.carry.length + chunk.length)
      data.set(this.carry)
      data.set(chunk, this.carry.length)
      this.carry = undefined
    }
    return this.scan(data, false)
  }

  /** The end of the bytes: the last record without a line end, or an unclosed quote. */
  end(): CsvProblem | undefined {
    const data = this.carry
    this.carry = undefined
    return data === undefined || data.length === 0 ? undefined : this.scan(data, true)
  }

  private scan(data: Uint8Array, final: boolean): CsvProblem | undefined {
    let pos = 0
    if (!this.started) {
      if (data.length < 3 && !final) {
        this.carry = data
        return undefined
      }
      this.started = true
      if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) pos = 3
    }
    while (pos < data.length) {
      const next = this.scanRecord(data, pos, final)
      if (next === FAILED) return this.problem
      if (next === MORE) {
        if (data.length - pos > this.maxRecordBytes) return this.fail("MAX_RECORD_SIZE", this.record.count)
        this.carry = data.slice(pos)
        return undefined
      }
      if (next - pos > this.maxRecordBytes) return this.fail("MAX_RECORD_SIZE", this.record.count)
      this.onRecord(this.record)
      this.records++
      pos = next
    }
    return undefined
  }

  private fail(code: CsvProblemCode, index: number): CsvProblem {
    this.problem = { code, records: this.records, index, line: this.lines }
    return this.problem
  }

  /** Length of the record delimiter at `i` (0 when none), learning it at the first line end. */
  private lineEnd(data: Uint8Array, i: number, final: boolean): number {
    const c = data[i]
    if (c !== LF && c !== CR) return 0
    if (this.eol === 0) {
      if (c === LF) this.eol = LF
      else if (i + 1 < data.length) this.eol = data[i + 1] === LF ? 0x0d0a : CR
      else if (!final) return MORE
      else this.eol = CR
    }
    if (this.eol === 0x0d0a) {
      if (c !== CR) return 0
      if (i + 1 >= data.length) return final ? 0 : MORE
      return data[i + 1] === LF ? 2 : 0
    }
    return c === this.eol ? 1 : 0
  }

  /** Scans one record at `pos` into `this.record`; answers the position after it, MORE or FAILED. */
  private scanRecord(data: Uint8Array, pos: number, final: boolean): number {
    const record = this.record
    record.reset(data)
    const n = data.length
    let i = pos
    let breaks = 0
    for (;;) {
      const index = record.count
      if (i < n && data[i] === QUOTE) {
        let j = i + 1
        let escaped = false
        for (;;) {
          while (j < n && data[j] !== QUOTE) {
            if (data[j] === LF || data[j] === CR) breaks++
            j++
          }
          if (j >= n) {
            if (!final) return MORE
            this.lines += breaks
            this.fail("QUOTE_NOT_CLOSED", index)
            return FAILED
          }
          if (j + 1 < n && data[j + 1] === QUOTE) {
            escaped = true
            j += 2
            continue
          }
          if (j + 1 >= n && !final) return MORE
          break
        }
        record.add(i + 1, j, escaped)
        record.quoted = true
        i = j + 1
        if (i >= n && !final) return MORE
        if (i >= n) {
          this.lines += breaks
          return n
        }
        if (data[i] === COMMA) {
          i++
          continue
        }
        const end = this.lineEnd(data, i, final)
        if (end === MORE) return MORE
        this.lines += breaks
        if (end > 0) {
          this.lines++
          return i + end
        }
        this.fail("INVALID_CLOSING_QUOTE", index)
        return FAILED
      }
      const start = i
      let end = 0
      while (i < n) {
        const c = data[i]!
        if (c === COMMA) break
        if (c === QUOTE) {
          this.lines += breaks
          this.fail("INVALID_OPENING_QUOTE", index)
          return FAILED
        }
        if (c === LF || c === CR) {
          end = this.lineEnd(data, i, final)
          if (end !== 0) break
        }
        i++
      }
      if (end === MORE || (i >= n && !final)) return MORE
      record.add(start, i, false)
      if (i >= n) {
        this.lines += breaks
        return n
      }
      if (end > 0) {
        this.lines += breaks + 1
        return i + end
      }
      i++ // the comma
    }
  }
}
