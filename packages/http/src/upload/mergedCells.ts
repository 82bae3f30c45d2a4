/**
 * Finding merged cells in a worksheet read by exceljs's streaming reader, which skips <mergeCell> elements.
 *
 * Merged cells hide values (only the top-left cell of a range holds one), so a sheet with them is refused
 * with the ranges named. The non-streaming reader would report them but holds the whole workbook in memory,
 * so instead the sheet's XML is watched on its way to the reader: <mergeCells> sits after <sheetData>.
 */
import { Buffer } from "node:buffer"

const TAG = "<mergeCell "
const MERGE_CELL = /<mergeCell\s[^>]*?ref="([A-Z]+[0-9]+(?::[A-Z]+[0-9]+)?)"/g

/** The reader's private XML source (`iterator`), which this module wraps. */
interface SheetSource {
  iterator: AsyncIterable<Buffer | string>
}

/** Wraps the sheet's XML source; the returned list fills with merged ranges as the sheet is read. */
export const watchMergedCells = (sheet: object): ReadonlyArray<string> => {
  const ranges = new Set<string>()
  const found: Array<string> = []
  const source = sheet as SheetSource
  const upstream = source.iterator
  // A tag may straddle two chunks, so each chunk is searched together with the end of the previous one.
  let tail = Buffer.alloc(0)
  source.iterator = (async function* () {
    for await (const chunk of upstream) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk
      const window = Buffer.concat([tail, bytes.subarray(0, TAG.length + 64)])
      if (bytes.includes(TAG) || window.includes(TAG)) {
        for (const match of Buffer.concat([tail, bytes]).toString("latin1").matchAll(MERGE_CELL)) {
          if (!ranges.has(match[1]!)) {
            ranges.add(match[1]!)
            found.push(match[1]!)
          }
        }
      }
      tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 128)))
      yield chunk
    }
  })()
  return found
}
