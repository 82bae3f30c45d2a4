/**
 * The bytes of a text upload, checked on the way through: they must be UTF-8 and hold no NUL byte. Only
 * UTF-8 is accepted; a GBK or ANSI export is refused with a message saying how to save it, rather than
 * decoded by guesswork into names no one can search for.
 */
import { Buffer, isUtf8 } from "node:buffer"
import { UnreadableFile } from "./Sheet.js"
import { NOT_CSV_OR_XLSX } from "./sniff.js"

const NOT_UTF8 =
  `${NOT_CSV_OR_XLSX}: the text is not valid UTF-8. Only UTF-8 is accepted (GBK/ANSI is not): ` +
  `in Excel choose "Save as… CSV UTF-8 (comma delimited)"`

/** Large reads, the next one under way while the current one is scanned: the scan never waits on the disk. */
const CHUNK_BYTES = 1024 * 1024

/** Where the last whole character of `bytes` ends: a character cut by the chunk's end waits for the next one. */
const wholeCharacters = (bytes: Uint8Array): number => {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back]!
    if ((b & 0xc0) === 0x80) continue // a continuation byte
    const size = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1
    return size > back ? bytes.length - back : bytes.length
  }
  return bytes.length
}

/** Yields the file's bytes unchanged, throwing UnreadableFile at the first binary or non-UTF-8 chunk. */
export async function* utf8Chunks(file: Blob): AsyncGenerator<Uint8Array> {
  let offset = 0
  let cut = new Uint8Array(0)
  let next = file.size > 0 ? file.slice(0, CHUNK_BYTES).arrayBuffer() : undefined
  for (let at = CHUNK_BYTES; next !== undefined; at += CHUNK_BYTES) {
    const read = new Uint8Array(await next)
    next = at < file.size ? file.slice(at, at + CHUNK_BYTES).arrayBuffer() : undefined
    const bytes = cut.length === 0 ? read : Buffer.concat([cut, read])
    const nul = bytes.indexOf(0)
    if (nul >= 0) {
      throw new UnreadableFile(`${NOT_CSV_OR_XLSX}: it holds binary data (a NUL byte at byte ${offset + nul + 1})`)
    }
    const whole = next === undefined ? bytes.length : wholeCharacters(bytes)
    if (!isUtf8(bytes.subarray(0, whole))) {
      throw new UnreadableFile(`${NOT_UTF8} (between bytes ${offset + 1} and ${offset + whole})`)
    }
    cut = bytes.slice(whole)
    offset += whole
    yield bytes.subarray(0, whole)
  }
}
