/**
 * The documentation cannot drift from the code: the tables generated from it are up to date, every relative link
 * of README.md, docs/ and every other Markdown file leads to a file (and heading) of the repository, every API path docs/ names is a route
 * of the OpenAPI document, and the README's code table is the code table the server answers with.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { describe, expect, it } from "vitest"
import { Codes } from "../packages/http/src/api/codes.js"
import { openApiDocument } from "../packages/http/src/app.js"
import { docsDir, generated, normalizeTables, withSection } from "../scripts/docs-tables.js"

const repo = resolve(import.meta.dirname, "..")
const docsFiles = readdirSync(docsDir)
  .filter((name) => name.endsWith(".md"))
  .map((name) => join(docsDir, name))
/** Every Markdown file of the repository (build output, dependencies and local data left out). */
const SKIP = new Set(["node_modules", "dist", ".git", ".data", ".demo-data", ".tmp", ".tools"])
const markdownUnder = (dir: string): Array<string> =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name) || entry.name.startsWith(".data-")) return []
    const path = join(dir, entry.name)
    return entry.isDirectory() ? markdownUnder(path) : entry.name.endsWith(".md") ? [path] : []
  })
const markdownFiles = markdownUnder(repo)
const read = (path: string) => readFileSync(path, "utf8")
const relative = (path: string) => path.slice(repo.length + 1)

/** A heading's anchor as the repository host makes it: lower case, punctuation dropped, spaces as hyphens. */
const anchorOf = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-")
const anchorsIn = (text: string) =>
  new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => anchorOf(m[1]!.replace(/`/g, ""))))

/** Markdown links `[text](target)` outside code blocks, with the file they are in. */
const linksIn = (path: string) =>
  [
    ...read(path)
      .replace(/```[\s\S]*?```/g, "")
      .matchAll(/\]\(([^)\s]+)\)/g)
  ].map((m) => m[1]!)

describe("docs", () => {
  it("has a page for each subject the README and newcomers need", () => {
    expect(docsFiles.map(relative).sort()).toEqual(
      [
        "docs/README.md",
        "docs/api.md",
        "docs/exports.md",
        "docs/portrait.md",
        "docs/roles.md",
        "docs/statistics.md",
        "docs/uploads.md"
      ].sort()
    )
  })

  it.each(Object.entries(generated))("the generated %s table is what scripts/docs-tables.ts writes", (name, g) => {
    const text = normalizeTables(read(join(docsDir, g.file)))
    expect(text, "run: npx tsx scripts/docs-tables.ts").toBe(normalizeTables(withSection(text, name, g.text())))
  })

  it.each(markdownFiles.map(relative))("every relative link in %s leads to a file or heading that exists", (file) => {
    const path = join(repo, file)
    const broken: Array<string> = []
    for (const link of linksIn(path)) {
      if (/^[a-z]+:/i.test(link)) continue // http:, https:, mailto:
      const [target, anchor] = link.split("#") as [string, string | undefined]
      const resolved = target === "" ? path : resolve(dirname(path), decodeURI(target))
      if (!existsSync(resolved)) {
        broken.push(`${link}: no such file`)
        continue
      }
      if (anchor !== undefined && statSync(resolved).isFile() && resolved.endsWith(".md")) {
        if (!anchorsIn(read(resolved)).has(anchor)) broken.push(`${link}: no such heading`)
      }
    }
    expect(broken).toEqual([])
  })

  it("names only API paths the server serves", () => {
    const paths = new Set(Object.keys(openApiDocument().paths))
    const named = docsFiles.flatMap((file) =>
      [...read(file).matchAll(/`(?:(?:GET|POST|PUT|DELETE) )?(\/api\/[A-Za-z0-9_/]+)([^`]*)`/g)]
        // `/api/organ/*` names a group of routes, `…/product…` the advisor zone's family of paths.
        .filter((m) => !/^[*…]/.test(m[2]!))
        .map((m) => ({ file: relative(file), path: m[1]!.replace(/\/$/, "") }))
    )
    expect(named.length).toBeGreaterThan(20)
    expect(named.filter((n) => !paths.has(n.path))).toEqual([])
  })

  it("the README's code table lists exactly the codes and HTTP statuses of packages/http/src/api/codes.ts", () => {
    const rows = [...read(join(repo, "README.md")).matchAll(/^\| (\d{5}) +\| (\d{3}) +\|/gm)].map((m) => [
      Number(m[1]),
      Number(m[2])
    ])
    const codes = Object.values(Codes).map((e) => [e.code, e.status])
    expect(rows.sort()).toEqual(codes.sort())
  })
})
