/**
 * Telling an uploaded file's format from its first bytes, not from its name: a zip (PK\x03\x04) is read as
 * XLSX, anything else must be UTF-8 text and is read as CSV. The name only sharpens the message when the two
 * disagree (a ".xlsx" that is not a zip), and the size limit is checked before a byte is parsed.
 */
import { sizeText, type UploadFormat } from "./Sheet.js"

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

const startsWith = (head: Uint8Array, magic: ReadonlyArray<number>) =>
  head.length >= magic.length && magic.every((byte, i) => head[i] === byte)

export const NOT_CSV_OR_XLSX = "not a CSV or XLSX file"

/** The format to read the file as, or the reason it is refused. */
export const sniffFormat = async (
  file: Blob,
  fileName: string,
  maxBytes: number
): Promise<UploadFormat | { readonly refused: string }> => {
  if (file.size > maxBytes) {
    return { refused: `the file is ${sizeText(file.size)}, over the ${sizeText(maxBytes)} upload limit` }
  }
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer())
  if (startsWith(head, ZIP)) return "xlsx"
  if (startsWith(head, OLE2)) {
    return {
      refused: `${NOT_CSV_OR_XLSX}: this is a legacy Excel 97–2003 (.xls) file or a password-protected workbook; save it as an unprotected .xlsx or as CSV UTF-8`
    }
  }
  if (/\.xls[xm]?$/i.test(fileName)) {
    return {
      refused: `the file is named ${fileName} but is not an XLSX file (an XLSX file is a zip archive); save it again from Excel as .xlsx, or upload a CSV`
    }
  }
  return "csv"
}
