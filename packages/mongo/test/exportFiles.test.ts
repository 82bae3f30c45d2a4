// Export files in GridFS on the real test server: written as a stream, read back whole, invisible until complete,
// gone after an abort or a remove; a key written again keeps only its newest file.
import type { ExportFiles } from "@wm/core"
import { Effect, Option } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { EXPORT_FILES_BUCKET, makeGridFsExportFiles } from "../src/GridFsExportFiles.js"
import { testClient } from "./support.js"

let test: Awaited<ReturnType<typeof testClient>>
let files: ExportFiles["Type"]
let dbName: string

beforeAll(async () => {
  test = await testClient()
  dbName = test.dbName("exportfiles")
  files = makeGridFsExportFiles(test.client.db(dbName))
})
afterAll(() => test.close())

const write = async (key: string, parts: ReadonlyArray<string>) => {
  const sink = await Effect.runPromise(files.create(key))
  const writer = sink.getWriter()
  for (const p of parts) await writer.write(new TextEncoder().encode(p))
  return writer
}
const read = async (key: string) => {
  const found = await Effect.runPromise(files.open(key))
  return Option.isNone(found) ? null : await new Response(found.value).text()
}
const count = (key: string) =>
  test.client.db(dbName).collection(`${EXPORT_FILES_BUCKET}.files`).countDocuments({ filename: key })

describe("GridFS export files", () => {
  it("a file appears once its stream closes, with every byte, and goes on remove", async () => {
    const big = "行".repeat(400_000)
    const writer = await write("a.xlsx", ["head-", big, "-tail"])
    expect(await read("a.xlsx")).toBeNull()
    await writer.close()
    expect(await read("a.xlsx")).toBe(`head-${big}-tail`)
    await Effect.runPromise(files.remove("a.xlsx"))
    await Effect.runPromise(files.remove("a.xlsx"))
    expect(await read("a.xlsx")).toBeNull()
    expect(await test.client.db(dbName).collection(`${EXPORT_FILES_BUCKET}.chunks`).countDocuments()).toBe(0)
  })

  it("an aborted file leaves nothing; a key written again keeps its newest file only", async () => {
    const aborted = await write("b.xlsx", ["partial ".repeat(100_000)])
    await aborted.abort(new Error("export failed"))
    expect([await read("b.xlsx"), await count("b.xlsx")]).toEqual([null, 0])
    await (await write("b.xlsx", ["first run"])).close()
    await (await write("b.xlsx", ["second run"])).close()
    expect([await read("b.xlsx"), await count("b.xlsx")]).toEqual(["second run", 1])
  })
})
