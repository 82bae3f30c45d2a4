/**
 * The upload type of a file sent without `type` (the API document's upload has no parameter): told from its header
 * row, the type whose required columns are all there, the one naming most of the header's columns winning.
 */
import { requiredUploadColumns, type UploadType, uploadColumns, uploadTypes } from "@wm/core"
import { readCsv } from "./readCsv.js"
import { readXlsx } from "./readXlsx.js"
import { UnreadableFile } from "./Sheet.js"
import { sniffFormat } from "./sniff.js"

/** Thrown by the sink to stop reading; an UnreadableFile so the XLSX reader passes it through unwrapped. */
class HeaderRead extends UnreadableFile {
  constructor(readonly cells: ReadonlyArray<string>) {
    super("header read")
  }
}

/** The header row only: reading stops right after it. Undefined when the file has none or cannot be read. */
export const headerOf = async (file: Blob, fileName: string): Promise<ReadonlyArray<string> | undefined> => {
  const format = await sniffFormat(file, fileName, Number.POSITIVE_INFINITY)
  if (typeof format !== "string") return undefined
  const sink = {
    header: (cells: ReadonlyArray<string>) => {
      throw new HeaderRead(cells)
    },
    row: () => {},
    record: () => {},
    fileError: () => {}
  }
  try {
    await (format === "csv" ? readCsv(file, sink) : readXlsx(file, sink))
  } catch (stop) {
    if (stop instanceof HeaderRead) return stop.cells
  }
  return undefined
}

/** The type a header row belongs to, or undefined when no type's required columns are all present. */
export const typeOfHeader = (header: ReadonlyArray<string>): UploadType | undefined => {
  const named = new Set(header.map((h) => h.trim().toLowerCase()))
  const has = (column: string) => named.has(column.toLowerCase())
  const score = (t: UploadType) => uploadColumns(t).filter(has).length
  const fits = uploadTypes.filter((t) => requiredUploadColumns(t).every(has))
  return [...fits].sort((a, b) => score(b) - score(a))[0]
}

export const detectUploadType = async (file: Blob, fileName: string): Promise<UploadType | undefined> => {
  const header = await headerOf(file, fileName)
  return header === undefined ? undefined : typeOfHeader(header)
}
