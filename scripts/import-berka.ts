/**
 * Imports the public Berka bank data into a running server through its upload API, as a bank admin would:
 * convert to the upload formats, then per type initialize → upload → apply (which recomputes the portraits).
 *
 *   npx tsx scripts/import-berka.ts [--url http://127.0.0.1:3000] [--username admin] [--in ../shared/data/berka]
 *   (password from ADMIN_PASSWORD, default the demo password Demo@2026)
 */
import { existsSync, mkdtempSync, openAsBlob, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { parseArgs } from "node:util"
import { convertBerka } from "../packages/demo/src/berka/index.js"
import { progressBar } from "../packages/demo/src/progress.js"
import { loadOrder } from "../packages/http/src/demo/loadFiles.js"

const { values } = parseArgs({
  options: {
    url: { type: "string", default: "http://127.0.0.1:3000" },
    username: { type: "string", default: "admin" },
    in: { type: "string", default: resolve(import.meta.dirname, "../../shared/data/berka") }
  }
})

// One bar per step, ending its line when the step is complete, so the steps stay listed one under the other.
const bar = (label: string) => progressBar({ label, empty: ".", decimals: 0, endLine: true })

const call = async (path: string, init: RequestInit & { token?: string }) => {
  const res = await fetch(`${values.url}${path}`, {
    ...init,
    headers: { ...(init.token ? { authorization: `Bearer ${init.token}` } : {}), ...(init.headers ?? {}) }
  })
  const body = (await res.json()) as { code: number; msg: string; data: Record<string, unknown> | null }
  if (body.code !== 10000) throw new Error(`${path}: ${body.code} ${body.msg}`)
  return body.data ?? {}
}
const json = (body: unknown) => ({
  method: "POST",
  body: JSON.stringify(body),
  headers: { "content-type": "application/json" }
})

const out = mkdtempSync(join(tmpdir(), "berka-"))
try {
  await convertBerka({ inDir: values.in, outDir: out, onProgress: bar("convert") })
  const signedIn = await call(
    "/api/sign_in",
    json({ username: values.username, password: process.env.ADMIN_PASSWORD ?? "Demo@2026" })
  )
  const token = String(signedIn.token)
  const types = loadOrder.filter((type) => existsSync(join(out, `${type}.csv`)))
  for (const [i, type] of types.entries()) {
    bar(`upload ${type}`)(i, types.length)
    await call("/api/updatedatainitialize", { ...json({ type }), token })
    const form = new FormData()
    form.set("type", type)
    form.set("file", await openAsBlob(join(out, `${type}.csv`)), `${type}.csv`)
    const uploaded = await call("/api/upload_update_data", { method: "POST", body: form, token })
    if (!uploaded.status) throw new Error(`${type}.csv was rejected: ${JSON.stringify(uploaded).slice(0, 500)}`)
    await call("/api/updatedatabutton", { ...json({ type, ids: [uploaded.status] }), token })
  }
  bar("imported")(types.length, types.length)
  console.log(JSON.stringify(await call("/api/organ/status", { method: "GET", token })))
} finally {
  rmSync(out, { recursive: true, force: true })
}
