/**
 * CSV plumbing for the portrait test support: streamed lines and RFC 4180 fields.
 *
 * Files are read in 8 MB chunks cut at the last newline byte, so no UTF-8 character is split and no line
 * is copied: the callback gets the decoded chunk and a line's [start, end) inside it. A 10M-row file would
 * not fit in one V8 string anyway. Decoding as latin1 (one char per byte) is several times cheaper than
 * UTF-8 when the reader only inspects ASCII and compares fixed tokens; `utf8Of` recovers the real text.
 */
/// <reference types="node" />
import { closeSync, openSync, readSync } from "node:fs"

/** Fields of one CSV line, honouring double quotes. */
export const splitCsvLine = (line: string): Array<string> => {
  if (!line.includes('"')) return line.split(",")
  const fields: Array<string> = []
  let field = ""
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!
    if (quoted && ch === '"' && line[i + 1] === '"') field += line[++i]
    else if (ch === '"') quoted = !quoted
    else if (ch === "," && !quoted) {
      fields.push(field)
      field = ""
    } else field += ch
  }
  fields.push(field)
  return fields
}

/** Text decoded as latin1 (bytes as chars) back to its UTF-8 reading, and the reverse. */
export const utf8Of = (latin1: string): string => Buffer.from(latin1, "latin1").toString("utf8")
export const latin1Of = (text: string): string => Buffer.from(text, "utf8").toString("latin1")

type Encoding = "utf8" | "latin1"

/** Calls `onLine(text, start, end)` for every non-empty line, without its line break or a BOM. */
export const eachLine = (
  path: string,
  onLine: (text: string, start: number, end: number) => void,
  encoding: Encoding = "utf8"
): void => {
  const bom = encoding === "utf8" ? "\uFEFF" : "\u00EF\u00BB\u00BF"
  const fd = openSync(path, "r")
  let buffer = Buffer.allocUnsafe(1 << 23)
  let kept = 0
  let first = true
  const emit = (text: string): void => {
    let start = first && text.startsWith(bom) ? bom.length : 0
    first = false
    while (start < text.length) {
      let end = text.indexOf("\n", start)
      if (end < 0) end = text.length
      const stop = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end
      if (stop > start) onLine(text, start, stop)
      start = end + 1
    }
  }
  try {
    for (;;) {
      const n = readSync(fd, buffer, kept, buffer.length - kept, null)
      const filled = kept + n
      const cut = n === 0 ? filled : buffer.lastIndexOf(10, filled - 1) + 1
      if (cut === 0 && n > 0) {
        // A line longer than the buffer: grow and read on.
        buffer = Buffer.concat([buffer, Buffer.allocUnsafe(buffer.length)])
        kept = filled
        continue
      }
      emit(buffer.toString(encoding, 0, cut))
      buffer.copy(buffer, 0, cut, filled)
      kept = filled - cut
      if (n === 0) break
    }
  } finally {
    closeSync(fd)
  }
}
