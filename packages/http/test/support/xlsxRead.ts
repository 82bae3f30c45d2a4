/**
 * An independent XLSX reader for tests (not the writer's library): the zip's central directory read by hand,
 * entries inflated with node:zlib, the first sheet's XML read with regular expressions. Each cell answers its XML
 * type (n, s, inlineStr, str, b…), its text and whether it holds a formula.
 */
import { inflateRawSync } from "node:zlib"

export interface XlsxCell {
  readonly ref: string
  readonly type: string
  readonly text: string
  readonly formula: boolean
}

const entries = (zip: Buffer): Map<string, Buffer> => {
  let eocd = zip.length - 22
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--
  if (eocd < 0) throw new Error("not a zip file")
  const count = zip.readUInt16LE(eocd + 10)
  let at = zip.readUInt32LE(eocd + 16)
  const out = new Map<string, Buffer>()
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error("bad central directory")
    const method = zip.readUInt16LE(at + 10)
    const size = zip.readUInt32LE(at + 20)
    const nameLength = zip.readUInt16LE(at + 28)
    const extra = zip.readUInt16LE(at + 30)
    const comment = zip.readUInt16LE(at + 32)
    const local = zip.readUInt32LE(at + 42)
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString("utf8")
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
    const data = zip.subarray(start, start + size)
    out.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data))
    at += 46 + nameLength + extra + comment
  }
  return out
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, "&")

const texts = (xml: string) =>
  [...xml.matchAll(/<t[^>]*>([\s\S]*?)<\/t>|<t[^>]*\/>/g)].map((m) => unescapeXml(m[1] ?? ""))

/** The rows of the workbook's first sheet, each a list of its cells in column order. */
export const readXlsx = (file: Buffer): Array<Array<XlsxCell>> => {
  const files = entries(file)
  const shared = [...(files.get("xl/sharedStrings.xml")?.toString("utf8") ?? "").matchAll(/<si>([\s\S]*?)<\/si>/g)].map(
    (m) => texts(m[1]!).join("")
  )
  const sheetName = [...files.keys()].filter((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k)).sort()[0]
  if (sheetName === undefined) throw new Error("no worksheet")
  const xml = files.get(sheetName)!.toString("utf8")
  return [...xml.matchAll(/<row[^>]*?(?:\/>|>([\s\S]*?)<\/row>)/g)].map((row) =>
    [...(row[1] ?? "").matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)].map((c) => {
      const attrs = c[1]!
      const body = c[2] ?? ""
      const type = /\bt="([^"]+)"/.exec(attrs)?.[1] ?? "n"
      const value = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1]
      const text =
        type === "s"
          ? (shared[Number(value)] ?? "")
          : type === "inlineStr"
            ? texts(body).join("")
            : unescapeXml(value ?? "")
      return { ref: /\br="([A-Z]+\d+)"/.exec(attrs)?.[1] ?? "", type, text, formula: /<f[\s>]/.test(body) }
    })
  )
}

/** Column letters of a cell reference ("AB12" → 27). */
export const columnOf = (ref: string) =>
  [...ref.replace(/\d+$/, "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1

/** Excel's date serial as the wall-clock text it shows (the writer stores wall time as UTC fields). */
export const serialText = (serial: number, withTime: boolean) => {
  const iso = new Date(Math.round((serial - 25_569) * 86_400_000)).toISOString()
  return withTime ? `${iso.slice(0, 10)} ${iso.slice(11, 19)}` : iso.slice(0, 10)
}
