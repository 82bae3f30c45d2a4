/**
 * Imports the public Berka bank data into a running server through its upload API, as a bank admin would:
 * convert to the upload formats, then per type initialize → upload → apply (which recomputes the portraits).
 * Berka is a whole bank of its own (1993–1998): the server must be on an empty store, not serving another bank.
 *
 *   DATA_DIR=.data-berka PORT=3001 npx tsx packages/http/src/main.ts        # a server on an empty store
 *   ADMIN_PASSWORD=… npx tsx scripts/import-berka.ts --url http://127.0.0.1:3001 [--username admin] [--in DIR]
 *
 * ADMIN_PASSWORD is the admin's password (default the demo password Demo@2026); on a new store, where the admin
 * still has the initial password (INITIAL_PASSWORD, default Welcome@2026), it becomes the new password.
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

/** A failure the user can act on: printed as one line, no stack. */
class Stop extends Error {}

type Answer = { code: number; msg: string; data: Record<string, unknown> | null }

const answer = async (path: string, init: RequestInit & { token?: string }): Promise<Answer> => {
  const res = await fetch(`${values.url}${path}`, {
    ...init,
    headers: { ...(init.token ? { authorization: `Bearer ${init.token}` } : {}), ...(init.headers ?? {}) }
  }).catch(() => {
    throw new Stop(`no server answers at ${values.url}; start one (see the comment at the top of this script)`)
  })
  return (await res.json()) as Answer
}

const call = async (path: string, init: RequestInit & { token?: string }) => {
  const body = await answer(path, init)
  if (body.code !== 10000) throw new Stop(`${path}: ${body.code} ${body.msg}`)
  return body.data ?? {}
}
const json = (body: unknown) => ({
  method: "POST",
  body: JSON.stringify(body),
  headers: { "content-type": "application/json" }
})

/** Signs in; on a new store replaces the admin's initial password with ADMIN_PASSWORD first. */
const signIn = async (): Promise<string> => {
  const password = process.env.ADMIN_PASSWORD ?? "Demo@2026"
  const first = await answer("/api/sign_in", json({ username: values.username, password }))
  if (first.code === 10000) return String(first.data!.token)
  const initial = process.env.INITIAL_PASSWORD ?? "Welcome@2026"
  const fresh = await answer("/api/sign_in", json({ username: values.username, password: initial }))
  if (fresh.code !== 10000 || fresh.data!.initialized !== 0)
    throw new Stop(`cannot sign in as ${values.username}: ${first.msg} (set ADMIN_PASSWORD)`)
  if (process.env.ADMIN_PASSWORD === undefined)
    throw new Stop(
      `${values.username} still has the initial password: set ADMIN_PASSWORD to the new password to give it`
    )
  const token = String(fresh.data!.token)
  await call("/api/usermanage/initialize_user", {
    ...json({ pwd: initial, newPwd: password, newPwdConfirm: password }),
    token
  })
  return token
}

const importBerka = async () => {
  const token = await signIn()
  const status = await call("/api/organ/status", { method: "GET", token })
  if (Number(status.version) > 0)
    throw new Stop(
      `${values.url} already serves a bank's data (data version ${status.version}); Berka is a whole bank of its ` +
        "own: import it into a server on an empty store, e.g. DATA_DIR=.data-berka PORT=3001 npx tsx packages/http/src/main.ts"
    )
  const out = mkdtempSync(join(tmpdir(), "berka-"))
  try {
    await convertBerka({ inDir: values.in, outDir: out, onProgress: bar("convert") })
    const types = loadOrder.filter((type) => existsSync(join(out, `${type}.csv`)))
    for (const [i, type] of types.entries()) {
      bar(`upload ${type}`)(i, types.length)
      await call("/api/updatedatainitialize", { ...json({ type }), token })
      const form = new FormData()
      form.set("type", type)
      form.set("file", await openAsBlob(join(out, `${type}.csv`)), `${type}.csv`)
      const uploaded = await call("/api/upload_update_data", { method: "POST", body: form, token })
      if (!uploaded.status) throw new Stop(`${type}.csv was rejected: ${JSON.stringify(uploaded).slice(0, 500)}`)
      await call("/api/updatedatabutton", { ...json({ type, ids: [uploaded.status] }), token })
    }
    bar("imported")(types.length, types.length)
    console.log(JSON.stringify(await call("/api/organ/status", { method: "GET", token })))
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
}

await importBerka().catch((error: unknown) => {
  if (!(error instanceof Stop)) throw error
  process.stderr.write(`import-berka: ${error.message}\n`)
  process.exit(1)
})
