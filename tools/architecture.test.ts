/**
 * The dependency rule, checked on every test run: core is pure domain (effect only, no runtime
 * or infrastructure imports); adapters depend on core, never the reverse; the client never pulls in server code.
 */
import { readdirSync, readFileSync, statSync } from "node:fs"
import { join, relative } from "node:path"
import { describe, expect, it } from "vitest"

const root = join(import.meta.dirname, "..")

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : []
  })

const importsOf = (file: string): string[] =>
  [
    ...readFileSync(file, "utf8").matchAll(
      /(?:^|\n)\s*(?:import|export)[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g
    )
  ].map((m) => (m[1] ?? m[2])!)

/** For each package: a predicate on the modules its src/ (production code) may import. */
const rules: Record<string, { allowed: (spec: string, file: string) => boolean; why: string }> = {
  core: {
    allowed: (s, file) =>
      s.startsWith(".") ||
      s === "effect" ||
      s.startsWith("effect/") ||
      (s === "vitest" && file.includes("/src/testing/")),
    why: "core imports only effect and itself (no node I/O, hono, mongodb or adapters; its testing kit may use vitest)"
  },
  demo: {
    allowed: (s) => !/^@wm\/(http|mongo|client)/.test(s) && !/^(hono|mongodb)/.test(s),
    why: "demo depends on core only"
  },
  mongo: {
    allowed: (s) => !/^@wm\/(http|demo|client)/.test(s) && !/^hono/.test(s),
    why: "the Mongo adapter depends on core only"
  },
  sqlite: {
    allowed: (s) => !/^@wm\/(http|demo|mongo|client)/.test(s) && !/^(hono|mongodb)/.test(s),
    why: "the SQLite adapter (embedded store on disk) depends on core only"
  },
  client: {
    allowed: (s) => !/^@wm\/(core|http|mongo|demo)/.test(s) && !/^(hono|mongodb)/.test(s),
    why: "front ends never pull in server code"
  },
  web: {
    allowed: (s) => s.startsWith(".") || s === "@wm/client" || /^(react|react-dom|recharts)(\/|$)/.test(s),
    why: "the web app talks to the server only through @wm/client (react and recharts for the screens)"
  }
}

describe("dependency rule", () => {
  for (const [pkg, rule] of Object.entries(rules)) {
    it(`packages/${pkg}/src: ${rule.why}`, () => {
      let files: string[] = []
      try {
        files = sourceFiles(join(root, "packages", pkg, "src"))
      } catch {
        return // package not created yet
      }
      const violations = files.flatMap((f) =>
        importsOf(f)
          .filter((s) => !rule.allowed(s, f))
          .map((s) => `${relative(root, f)} imports ${s}`)
      )
      expect(violations).toEqual([])
    })
  }

  it("the rule catches a forbidden import (self-check)", () => {
    const file = "packages/core/src/Accounts/AccountService.ts"
    expect(rules.core!.allowed("node:fs", file)).toBe(false)
    expect(rules.core!.allowed("mongodb", file)).toBe(false)
    expect(rules.core!.allowed("vitest", file)).toBe(false)
    expect(rules.core!.allowed("./Ports/UserRepo.js", file)).toBe(true)
    expect(importsOf(join(root, "tools", "architecture.test.ts"))).toContain("node:fs")
  })

  it("packages/core/package.json depends on effect alone", () => {
    const pkg = JSON.parse(readFileSync(join(root, "packages/core/package.json"), "utf8"))
    expect(Object.keys(pkg.dependencies ?? {})).toEqual(["effect"])
  })
})
