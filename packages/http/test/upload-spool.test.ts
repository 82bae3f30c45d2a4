// Large multipart bodies written to a spool file as they arrive (upload/spool.ts): the fields are those the
// standard parser gives, whatever the network chunks, and a file part is backed by the spool file until released.
import { existsSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { MAX_SPOOLED_BYTES, releaseSpooled, SpoolRefused, spooledSource, spoolMultipart } from "../src/upload/spool.js"

/** `bytes` as a stream of chunks of `size` bytes (a delimiter then falls across chunks). */
const chunked = (bytes: Uint8Array, size: number) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (let at = 0; at < bytes.length; at += size) controller.enqueue(bytes.slice(at, at + size))
      controller.close()
    }
  })

const formBody = async (form: FormData) => {
  const request = new Request("http://x/", { method: "POST", body: form })
  return {
    bytes: new Uint8Array(await request.arrayBuffer()),
    type: request.headers.get("content-type")!
  }
}

const csv = (rows: number) => {
  const lines = ["companyCode,amount"]
  for (let i = 0; i < rows; i++) lines.push(`C${i % 97},${i}.5`)
  return lines.join("\n")
}

const standard = async (bytes: Uint8Array, type: string) =>
  new Response(bytes, { headers: { "content-type": type } }).formData()

describe("spoolMultipart", () => {
  it.each([1, 7, 64 * 1024])("gives the standard parser's fields with chunks of %i bytes", async (size) => {
    const form = new FormData()
    form.set("type", "trade_flow")
    form.set("file", new File([csv(size < 1024 ? 500 : 200_000)], "flows.csv", { type: "text/csv" }))
    form.append("ids", "1")
    form.append("ids", "2")
    const { bytes, type } = await formBody(form)
    const fields = await spoolMultipart(chunked(bytes, size), type)
    const expected = await standard(bytes, type)

    expect(fields.type).toBe("trade_flow")
    expect(fields.ids).toEqual(["1", "2"])
    const file = fields.file as File
    const want = expected.get("file") as File
    expect(file).toBeInstanceOf(File)
    expect([file.name, file.type, file.size]).toEqual([want.name, want.type, want.size])
    expect(Buffer.from(await file.arrayBuffer()).equals(Buffer.from(await want.arrayBuffer()))).toBe(true)

    const source = spooledSource(file)!
    expect(existsSync(source.path)).toBe(true)
    await releaseSpooled(file)
    expect(existsSync(source.path)).toBe(false)
  })

  it("leaves a body of an unusual shape to the standard parser, and keeps no spool file for it", async () => {
    const boundary = "b0undary"
    const body = new TextEncoder().encode(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="flows%20one.csv"\r\n` +
        `Content-Type: text/csv\r\n\r\na,b\n1,2\r\n--${boundary}--\r\n`
    )
    const type = `multipart/form-data; boundary=${boundary}`
    const fields = await spoolMultipart(chunked(body, 5), type)
    const file = fields.file as File
    expect(await file.text()).toBe("a,b\n1,2")
    expect(spooledSource(file)).toBeUndefined()
  })

  it("refuses a body over the spool limit while it arrives, without reading the rest", async () => {
    const chunk = new Uint8Array(64 * 1024)
    let sent = 0
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.length
        controller.enqueue(chunk)
      }
    })
    const limit = 1024 * 1024
    await expect(spoolMultipart(endless, "multipart/form-data; boundary=zz", limit)).rejects.toBeInstanceOf(
      SpoolRefused
    )
    expect(sent).toBeLessThanOrEqual(limit + 2 * chunk.length)
    expect(MAX_SPOOLED_BYTES).toBeGreaterThan(200 * 1024 * 1024)
  })

  it("rejects a body without its parts", async () => {
    const type = "multipart/form-data; boundary=zz"
    await expect(spoolMultipart(chunked(new TextEncoder().encode("no parts here"), 4), type)).rejects.toThrow()
    await expect(spoolMultipart(chunked(new Uint8Array(3), 4), "multipart/form-data")).rejects.toThrow(/boundary/)
  })
})
