/**
 * A streaming ZIP writer for the XLSX exports: entries are deflated as they are written (node:zlib) and sent to
 * a web WritableStream at once, sizes and CRC-32 following each entry in a data descriptor, so nothing but the
 * current compression window is held in memory. No ZIP64: an entry or the archive past 4 GiB fails the export.
 */
import { constants, createDeflateRaw, type DeflateRaw } from "node:zlib"

const table = (() => {
  const t = new Int32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    t[n] = c
  }
  return t
})()

const crc32 = (crc: number, bytes: Uint8Array) => {
  let c = ~crc
  for (let i = 0; i < bytes.length; i++) c = table[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8)
  return ~c >>> 0
}

const LIMIT = 0xffff_ffff
// 1980-01-01 00:00 in DOS time: the entries carry no meaningful time.
const DOS_DATE = 0x21

interface Entry {
  readonly name: Buffer
  readonly offset: number
  crc: number
  compressed: number
  size: number
}

export const openZip = (target: WritableStream<Uint8Array>) => {
  const writer = target.getWriter()
  let offset = 0
  let failed: unknown
  const entries: Array<Entry> = []
  const emit = (bytes: Uint8Array) => {
    offset += bytes.length
    if (offset > LIMIT) throw new Error("the export is larger than 4 GiB")
    writer.write(bytes).catch((e) => {
      failed ??= e
    })
  }
  const header = (sig: number, size: number) => {
    const b = Buffer.alloc(size)
    b.writeUInt32LE(sig, 0)
    return b
  }

  /** Starts an entry; answers a function writing its content and one finishing it. */
  const entry = (fileName: string) => {
    const name = Buffer.from(fileName, "utf8")
    const e: Entry = { name, offset, crc: 0, compressed: 0, size: 0 }
    entries.push(e)
    const local = header(0x04034b50, 30)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0808, 6)
    local.writeUInt16LE(8, 8)
    local.writeUInt16LE(DOS_DATE, 12)
    local.writeUInt16LE(name.length, 26)
    emit(Buffer.concat([local, name]))
    const deflate: DeflateRaw = createDeflateRaw({ level: constants.Z_BEST_SPEED })
    deflate.on("data", (chunk: Buffer) => {
      e.compressed += chunk.length
      emit(chunk)
    })
    const ended = new Promise<void>((resolve, reject) => {
      deflate.on("end", resolve)
      deflate.on("error", reject)
    })
    ended.catch(() => undefined)
    return {
      write: (bytes: Buffer) => {
        e.crc = crc32(e.crc, bytes)
        e.size += bytes.length
        if (e.size > LIMIT) throw new Error("an export sheet is larger than 4 GiB")
        deflate.write(bytes)
      },
      /** Resolves once compressed data was handed on and the target is ready for more. */
      ready: async () => {
        if (deflate.writableNeedDrain) await new Promise((r) => deflate.once("drain", r))
        await writer.ready
        if (failed !== undefined) throw failed
      },
      end: async () => {
        deflate.end()
        await ended
        const d = header(0x08074b50, 16)
        d.writeUInt32LE(e.crc, 4)
        d.writeUInt32LE(e.compressed, 8)
        d.writeUInt32LE(e.size, 12)
        emit(d)
      },
      destroy: () => deflate.destroy()
    }
  }

  const close = async () => {
    const start = offset
    for (const e of entries) {
      const c = header(0x02014b50, 46)
      c.writeUInt16LE(20, 4)
      c.writeUInt16LE(20, 6)
      c.writeUInt16LE(0x0808, 8)
      c.writeUInt16LE(8, 10)
      c.writeUInt16LE(DOS_DATE, 14)
      c.writeUInt32LE(e.crc, 16)
      c.writeUInt32LE(e.compressed, 20)
      c.writeUInt32LE(e.size, 24)
      c.writeUInt16LE(e.name.length, 28)
      c.writeUInt32LE(e.offset, 42)
      emit(Buffer.concat([c, e.name]))
    }
    const end = header(0x06054b50, 22)
    end.writeUInt16LE(entries.length, 8)
    end.writeUInt16LE(entries.length, 10)
    end.writeUInt32LE(offset - start, 12)
    end.writeUInt32LE(start, 16)
    emit(end)
    await writer.close()
    if (failed !== undefined) throw failed
  }

  const abort = (reason: unknown) => {
    writer.abort(reason).catch(() => undefined)
  }

  return { entry, close, abort }
}
