/**
 * Streams rows into an XLSX file: the sheet's XML is built row by row and deflated into the ZIP as it goes
 * (zipStream.ts), so memory stays flat whatever the row count. Cells are typed: numbers as numbers, dates and
 * times as Excel dates (the bank's wall-clock time, with a date format), everything else as inline text — a text
 * starting with = + - @ is a text cell like any other (never a formula), so no exported file runs a formula.
 */
import { openZip } from "./zipStream.js"

export type CellKind = "text" | "number" | "date" | "datetime"

export interface SheetColumn {
  readonly header: string
  readonly kind: CellKind
  readonly width?: number
}

/** A cell value as the list answered it: text, a number, a timestamp (epoch ms, for dates), or nothing. */
export type CellValue = string | number | boolean | null | undefined | ReadonlyArray<string>

const wallFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: process.env.BANK_TIMEZONE || "Asia/Shanghai",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
  hourCycle: "h23"
})

// The zone's offset changes on whole hours at most: one conversion per hour of the instants seen.
const offsets = new Map<number, number>()
const HOUR = 3_600_000

/** Excel's serial number of the bank's wall-clock time of an instant (days since 1899-12-30). */
export const wallSerial = (ms: number): number => {
  const hour = Math.floor(ms / HOUR)
  let offset = offsets.get(hour)
  if (offset === undefined) {
    const at = hour * HOUR
    const p = Object.fromEntries(wallFormat.formatToParts(new Date(at)).map((x) => [x.type, Number(x.value)]))
    offset = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - at
    if (offsets.size > 100_000) offsets.clear()
    offsets.set(hour, offset)
  }
  return (Math.floor((ms + offset) / 1000) * 1000) / 86_400_000 + 25_569
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters XML 1.0 cannot hold are what it finds
const special = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/
const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }
// Characters XML 1.0 cannot hold are dropped; lone surrogates are left to the UTF-8 encoder (U+FFFD).
const escapeXml = (text: string) =>
  special.test(text) ? text.replace(new RegExp(special, "g"), (c) => escapes[c] ?? "") : text

const spaced = /^\s|\s$/
const textCell = (ref: string, text: string, style = "") =>
  `<c r="${ref}"${style} t="inlineStr"><is><t${spaced.test(text) ? ' xml:space="preserve"' : ""}>${escapeXml(text)}</t></is></c>`

/** One cell's XML, or none for an empty cell. */
export const cellXml = (kind: CellKind, value: CellValue, ref: string): string => {
  if (value === null || value === undefined) return ""
  if (Array.isArray(value)) return value.length === 0 ? "" : textCell(ref, value.join("、"))
  if (typeof value === "number" && Number.isFinite(value)) {
    if (kind === "number") return `<c r="${ref}"><v>${value}</v></c>`
    if (kind === "date" || kind === "datetime") {
      return `<c r="${ref}" s="${kind === "date" ? 1 : 2}"><v>${wallSerial(value)}</v></c>`
    }
  }
  if (typeof value === "boolean") return textCell(ref, value ? "是" : "否")
  return textCell(ref, String(value))
}

const letters = (i: number): string =>
  (i < 26 ? "" : letters(Math.floor(i / 26) - 1)) + String.fromCharCode(65 + (i % 26))

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
const PKG = "http://schemas.openxmlformats.org/package/2006"
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
const sheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml"

const parts = (sheetName: string): ReadonlyArray<readonly [string, string]> => [
  [
    "[Content_Types].xml",
    `<Types xmlns="${PKG}/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${sheetType}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${sheetType}.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="${sheetType}.styles+xml"/></Types>`
  ],
  [
    "_rels/.rels",
    `<Relationships xmlns="${PKG}/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  ],
  [
    "xl/workbook.xml",
    `<workbook ${NS} xmlns:r="${REL}"><sheets><sheet name="${escapeXml(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`
  ],
  [
    "xl/_rels/workbook.xml.rels",
    `<Relationships xmlns="${PKG}/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`
  ],
  [
    "xl/styles.xml",
    `<styleSheet ${NS}><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm:ss"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="4"><xf/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/><xf fontId="1" applyFont="1"/></cellXfs></styleSheet>`
  ]
]

export interface XlsxSink {
  readonly addRow: (values: ReadonlyArray<CellValue>) => void
  /** Resolves once what was added has been handed to the file (call between batches of rows). */
  readonly ready: () => Promise<void>
  /** Finishes the workbook and waits for the bytes to reach the stream. */
  readonly close: () => Promise<void>
  /** Gives the file up: the target stream is aborted (the file store drops the partial file). */
  readonly abort: () => void
}

export const openXlsx = (
  target: WritableStream<Uint8Array>,
  sheetName: string,
  columns: ReadonlyArray<SheetColumn>
): XlsxSink => {
  const zip = openZip(target)
  const name = sheetName.replace(/[\\/?*[\]:]/g, " ").slice(0, 31) || "Sheet1"
  const sheet = zip.entry("xl/worksheets/sheet1.xml")
  const refs = columns.map((_, i) => letters(i))
  let pending: Array<string> = []
  let size = 0
  let row = 0
  const flush = () => {
    sheet.write(Buffer.from(pending.join(""), "utf8"))
    pending = []
    size = 0
  }
  const push = (xml: string) => {
    pending.push(xml)
    size += xml.length
    if (size > 256 * 1024) flush()
  }
  const cols = columns
    .map(
      (c, i) =>
        `<col min="${i + 1}" max="${i + 1}" width="${c.width ?? Math.max(10, c.header.length * 2 + 2)}" customWidth="1"/>`
    )
    .join("")
  push(`${XML}<worksheet ${NS}><cols>${cols}</cols><sheetData>`)
  push(`<row r="1">${columns.map((c, i) => textCell(`${refs[i]}1`, c.header, ' s="3"')).join("")}</row>`)
  row = 1
  return {
    addRow: (values) => {
      row++
      let xml = `<row r="${row}">`
      for (let i = 0; i < columns.length; i++) xml += cellXml(columns[i]!.kind, values[i], `${refs[i]}${row}`)
      push(`${xml}</row>`)
    },
    ready: () => {
      flush()
      return sheet.ready()
    },
    close: async () => {
      push("</sheetData></worksheet>")
      flush()
      await sheet.end()
      for (const [path, text] of parts(name)) {
        const part = zip.entry(path)
        part.write(Buffer.from(XML + text, "utf8"))
        await part.end()
      }
      await zip.close()
    },
    abort: () => {
      sheet.destroy()
      zip.abort(new Error("export aborted"))
    }
  }
}
