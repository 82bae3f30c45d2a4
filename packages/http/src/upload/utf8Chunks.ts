/**
 * The bytes of a text upload, checked on the way through: they must be UTF-8 and hold no NUL byte. Only
 * UTF-8 is accepted; a GBK or ANSI export is refused with a message saying how to save it, rather than
 * decoded by guesswork into names no one can search for.
 */
import { Buffer } from "node:buffer"
import { UnreadableFile } from "./Sheet.js"
import { NOT_CSV_OR_XLSX } from "./sniff.js"

const NOT_UTF8 =
  `${NOT_CSV_OR_XLSX}: the text is not valid UTF-8. Only UTF-8 is accepted (GBK/ANSI is not): ` +
  `in Excel choose "Save as… CSV UTF-8 (comma delimited)"`

/** Yields the file's bytes unchanged, throwing UnreadableFile at the first binary or non-UTF-8 chunk. */
export async function* utf8Chunks(file: Blob): AsyncGenerator<Buffer> {
  // Decoding only validates; csv-parse decodes the bytes again itself, which is cheaper than re-encoding.
  const decoder = new TextDecoder("utf-8", { fatal: true })
  let offset = 0
  for await (const chunk of file.stream()) {
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    const nul = bytes.indexOf(0)
    if (nul >= 0) {
      throw new UnreadableFile(`${NOT_CSV_OR_XLSX}: it holds binary data (a NUL byte at byte ${offset + nul + 1})`)
    }
    try {
      decoder.decode(bytes, { stream: true })
    } catch {
      throw new UnreadableFile(`${NOT_UTF8} (between bytes ${offset + 1} and ${offset + bytes.byteLength})`)
    }
    offset += bytes.byteLength
    yield bytes
  }
  try {
    decoder.decode()
  } catch {
    throw new UnreadableFile(`${NOT_UTF8} (the file ends inside a character)`)
  }
}
