// Large multipart bodies are split by byte search (api/multipart.ts): the same fields and file bytes as the
// standard parser gives, and anything unusual is left to that parser.
import { describe, expect, it } from "vitest"
import { splitMultipart } from "../src/api/multipart.js"

const bodyOf = async (form: FormData) => {
  const request = new Request("http://local/upload", { method: "POST", body: form })
  return { bytes: new Uint8Array(await request.clone().arrayBuffer()), type: request.headers.get("content-type")! }
}

describe("splitMultipart", () => {
  it("gives the fields and file bytes the standard parser gives", async () => {
    const csv = `companyCode,amount\n${Array.from({ length: 50_000 }, (_, i) => `C${i},${i}.5 中文`).join("\n")}\r\n--x`
    const form = new FormData()
    form.set("type", "trade_flow")
    form.append("ids", "1")
    form.append("ids", "2")
    form.set("file", new File([csv], "流水 2026.csv", { type: "text/csv" }))
    const { bytes, type } = await bodyOf(form)
    const fast = splitMultipart(bytes, type)!
    const standard = await new Request("http://local/upload", {
      method: "POST",
      body: bytes,
      headers: { "content-type": type }
    }).formData()
    expect(fast.type).toBe(standard.get("type"))
    expect(fast.ids).toEqual(standard.getAll("ids"))
    const file = fast.file as File
    const expected = standard.get("file") as File
    expect([file.name, file.type, file.size]).toEqual([expected.name, expected.type, expected.size])
    expect(await file.text()).toBe(csv)
  })

  it("leaves bodies it does not recognise to the standard parser", async () => {
    const { bytes, type } = await bodyOf(new FormData())
    expect(splitMultipart(bytes, "multipart/form-data")).toBeUndefined()
    const encoded = new TextEncoder().encode(
      "--b\r\ncontent-disposition: form-data; name=\"file\"; filename*=UTF-8''a%20b.csv\r\n\r\nx\r\n--b--\r\n"
    )
    expect(splitMultipart(encoded, "multipart/form-data; boundary=b")).toBeUndefined()
    expect(splitMultipart(new TextEncoder().encode("garbage"), type)).toBeUndefined()
  })
})
