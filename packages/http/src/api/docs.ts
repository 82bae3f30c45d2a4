/**
 * /docs: a self-contained HTML rendering of the OpenAPI document (no external scripts, works offline).
 */
import { createHash } from "node:crypto"

type Json = Record<string, unknown>

/** The page's only style; its hash is the one style the page's CSP allows (no script at all). */
const DOCS_STYLE = `body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
code{background:#f3f3f3;padding:1px 4px}table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ddd;padding:3px 8px;text-align:left}
.m{display:inline-block;min-width:3.5em;color:#fff;border-radius:3px;padding:0 4px;font-size:.8em}.get{background:#2b7}.post{background:#27b}
.deprecated h3{text-decoration:line-through;color:#888}`

/** A strict CSP for /docs: nothing but its own inline style; no scripts, frames, forms or base changes. */
export const DOCS_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash("sha256").update(DOCS_STYLE).digest("base64")}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join("; ")

const esc = (s: unknown) =>
  String(s ?? "").replace(
    /[&<>"']/g,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!
  )

const schemaText = (schema: unknown): string => {
  const s = (schema ?? {}) as Json
  if (typeof s.$ref === "string") return s.$ref.split("/").pop()!
  if (Array.isArray(s.anyOf)) return s.anyOf.map(schemaText).join(" | ")
  if (Array.isArray(s.enum)) return s.enum.join(" | ")
  if (s.type === "array") return `${schemaText(s.items)}[]`
  return String(s.type ?? "object")
}

const operationHtml = (method: string, path: string, op: Json) => {
  const params = (op.parameters as Array<Json> | undefined) ?? []
  const body = (op.requestBody as Json | undefined)?.content as Record<string, { schema: Json }> | undefined
  const bodySchema = body?.["application/json"]?.schema
  const fields = Object.entries((bodySchema?.properties as Record<string, Json> | undefined) ?? {})
  const required = new Set((bodySchema?.required as Array<string> | undefined) ?? [])
  const rows = [
    ...params.map((p) => [
      p.name,
      "query",
      schemaText(p.schema),
      p.required ? "Y" : "N",
      (p.schema as Json)?.description
    ]),
    ...fields.map(([name, s]) => [name, "body", schemaText(s), required.has(name) ? "Y" : "N", s.description])
  ]
  return `<section class="op${op.deprecated ? " deprecated" : ""}">
<h3><span class="m ${method}">${method.toUpperCase()}</span> <code>${esc(path)}</code> ${esc(op.summary)}${op.deprecated ? " <em>(deprecated)</em>" : ""}</h3>
${op.description ? `<p>${esc(op.description)}</p>` : ""}
${rows.length ? `<table><tr><th>name</th><th>in</th><th>type</th><th>required</th><th>description</th></tr>${rows.map((r) => `<tr>${r.map((v) => `<td>${esc(v)}</td>`).join("")}</tr>`).join("")}</table>` : ""}
</section>`
}

export const renderDocs = (doc: { info: Json; paths: Record<string, Json> }) => {
  const byTag = new Map<string, string[]>()
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item as Record<string, Json>)) {
      const tag = String((op.tags as string[] | undefined)?.[0] ?? "other")
      byTag.set(tag, [...(byTag.get(tag) ?? []), operationHtml(method, path, op)])
    }
  }
  const description = esc(doc.info.description).replace(/\n/g, "<br>")
  return `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>${esc(doc.info.title)}</title>
<style>${DOCS_STYLE}</style></head><body>
<h1>${esc(doc.info.title)} <small>${esc(doc.info.version)}</small></h1><p>${description}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a></p>
${[...byTag].map(([tag, ops]) => `<h2>${esc(tag)}</h2>${ops.join("\n")}`).join("\n")}
</body></html>`
}
