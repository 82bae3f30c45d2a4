/**
 * The tables of docs/ that restate code — upload columns, the envelope codes, export columns — written from the
 * code itself between `<!-- BEGIN generated:NAME -->` and `<!-- END generated:NAME -->` markers, so they cannot
 * drift: tools/docs.test.ts fails when a file differs from what this script would write.
 *
 *   npx tsx scripts/docs-tables.ts          # rewrite the generated tables in docs/*.md
 */
import { execFileSync } from "node:child_process"
import { readFileSync, writeFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { exportTypeNames } from "../packages/core/src/Exports/ExportTypes.js"
import type { CellKind } from "../packages/core/src/Upload/Cell.js"
import { uploadSpecOf } from "../packages/core/src/Upload/Specs.js"
import { referenceNoun, uploadTypes } from "../packages/core/src/Upload/UploadType.js"
import { Codes } from "../packages/http/src/api/codes.js"
import { listExports } from "../packages/http/src/exports/catalogue.js"
import { exportSources } from "../packages/http/src/exports/sources.js"

export const docsDir = resolve(import.meta.dirname, "../docs")

const row = (cells: ReadonlyArray<string | number>) => `| ${cells.join(" | ")} |`
const table = (head: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string | number>>) =>
  [row(head), row(head.map(() => "---")), ...rows.map(row)].join("\n")

/** What a cell accepts, in a few words. */
export const cellText = (kind: CellKind): string => {
  switch (kind.tag) {
    case "text":
      return `text, ≤ ${kind.maxLength} characters`
    case "code":
      return kind.pattern.source === "^\\S+$"
        ? `code, ≤ ${kind.maxLength} characters, no spaces`
        : `code, ≤ ${kind.maxLength} characters: letters, digits, \`_\`, \`-\``
    case "date":
      return "date `YYYY-MM-DD`"
    case "dateTime":
      return "time `YYYY-MM-DD HH:mm:ss`"
    case "decimal":
      return `${kind.decimals === 6 ? "万元" : "yuan"}, ≤ ${kind.decimals} decimals${kind.signed ? ", may be negative" : ", ≥ 0"}`
    case "percent":
      return "percentage 0–100, ≤ 4 decimals, `%` optional"
    case "integer":
      return `whole number ${kind.min}–${kind.max.toLocaleString("en-US")}`
    case "choice":
      return `one of ${kind.values.map((v) => `\`${v}\``).join(" ")}`
    case "flag":
      return "`1`/`0` or `是`/`否`"
    case "url":
      return "`http://` or `https://` link"
    case "email":
      return "e-mail address"
  }
}

const uploadTables = () =>
  uploadTypes
    .map((type) => {
      const spec = uploadSpecOf(type)
      const key = spec.naturalKey.map((k) => `\`${k}\``).join(" + ")
      const header = `### \`${type}\` — ${spec.label}\n\n${spec.kind === "event" ? "Appended (event)" : "Snapshot (replaces the type's rows)"}; key ${key}.`
      const rows = Object.entries(spec.columns).map(([name, column]) => {
        const set = spec.references[name]
        return [
          `\`${name}\``,
          column.label,
          column.required ? "yes" : "",
          cellText(column.cell.kind) + (set === undefined ? "" : `; a known ${referenceNoun[set]} code`)
        ]
      })
      return `${header}\n\n${table(["column", "中文", "required", "accepts"], rows)}`
    })
    .join("\n\n")

const codesTable = () =>
  table(
    ["code", "HTTP", "name in code", "meaning"],
    Object.entries(Codes).map(([name, e]) => [e.code, e.status, `\`${name}\``, e.meaning])
  )

const exportTables = () =>
  Object.entries(exportTypeNames)
    .map(([type, name]) => {
      const spec = listExports[Number(type)]
      if (spec === undefined) {
        const source = exportSources[Number(type)]
        if (source === undefined) return `### ${type} ${name}\n\nNot served: 400.`
        const columns = source.columns.map((c) => `${c.header} (\`${c.field}\`)`).join(", ")
        return `### ${type} ${name}\n\nNo list route in the API document: our design (its \`info\` and rows: the README's export section). Columns: ${columns}.`
      }
      const fixed = Object.entries(spec.fixed ?? {}).map(([k, v]) => `, with \`${k}=${String(v)}\``)
      const columns = spec.columns.map((c) => `${c.header} (\`${c.field}\`)`).join(", ")
      return `### ${type} ${name}\n\nRows of \`${spec.route.method.toUpperCase()} ${spec.route.path}\`${fixed.join("")}. Columns: ${columns}.`
    })
    .join("\n\n")

/** The generated tables by name, and the docs file each lives in. */
export const generated: Record<string, { readonly file: string; readonly text: () => string }> = {
  uploads: { file: "uploads.md", text: uploadTables },
  codes: { file: "api.md", text: codesTable },
  exports: { file: "exports.md", text: exportTables }
}

const markers = (name: string) => [`<!-- BEGIN generated:${name} -->`, `<!-- END generated:${name} -->`] as const

/** `text` with the section `name` replaced by `body`; throws when the markers are missing. */
export const withSection = (text: string, name: string, body: string): string => {
  const [begin, end] = markers(name)
  const from = text.indexOf(begin)
  const to = text.indexOf(end)
  if (from < 0 || to < from) throw new Error(`missing ${begin} … ${end}`)
  return `${text.slice(0, from + begin.length)}\n${body}\n${text.slice(to)}`
}

/** Markdown as the formatter lays it out may pad table cells; compare tables cell by cell. */
export const normalizeTables = (text: string): string =>
  text
    .split("\n")
    .map((line) =>
      line.startsWith("|")
        ? line
            .split("|")
            .map((cell) => cell.trim().replace(/^-+$/, "---"))
            .join("|")
        : line
    )
    .join("\n")

if (process.argv[1] === import.meta.filename) {
  const written = new Set<string>()
  for (const [name, { file, text }] of Object.entries(generated)) {
    const path = join(docsDir, file)
    writeFileSync(path, withSection(readFileSync(path, "utf8"), name, text()))
    written.add(path)
    console.log(`wrote ${name} into docs/${file}`)
  }
  // The repository's formatter pads table cells; format so that lint passes as well.
  execFileSync("npx", ["biome", "format", "--write", ...written], { stdio: "inherit" })
}
