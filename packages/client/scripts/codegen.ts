/**
 * Produces the client's committed contract from the server's route definitions: `openapi.json` (the
 * document, formatted by Biome so lint leaves it alone) and `src/generated/api.ts` (openapi-typescript's
 * types). Pure: returns the texts; `generate.ts` writes or checks them. Scripts may import server code,
 * `src/` may not.
 */
import { spawnSync } from "node:child_process"
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { join, relative } from "node:path"
import openapiTS, { astToString } from "openapi-typescript"
import { envelopeOpenApiDocument } from "../../http/src/app.js"

export const clientDir = join(import.meta.dirname, "..")
const repoRoot = join(clientDir, "..", "..")

/** The generated files, relative to packages/client. */
export const generatedFiles = { document: "openapi.json", types: "src/generated/api.ts" } as const
export type GeneratedFile = keyof typeof generatedFiles

const typesHeader = `/**
 * GENERATED from the server's OpenAPI document by packages/client/scripts/generate.ts — do not edit.
 * Regenerate with \`npx tsx packages/client/scripts/generate.ts\` (\`--check\` verifies it is current).
 */

`

/** Formats JSON exactly as \`biome check\` wants it, so the committed document stays lint-clean. */
const biomeFormat = (text: string, file: string): string => {
  const biome = createRequire(import.meta.url).resolve("@biomejs/biome/bin/biome")
  const out = spawnSync(process.execPath, [biome, "format", `--stdin-file-path=${relative(repoRoot, file)}`], {
    cwd: repoRoot,
    input: text,
    encoding: "utf8"
  })
  if (out.status !== 0) throw new Error(`biome format failed: ${out.stderr}`)
  return out.stdout
}

/** Fresh texts of every generated file, from the route definitions as they are now. */
export const generate = async (): Promise<Record<GeneratedFile, string>> => {
  const doc = envelopeOpenApiDocument()
  const document = biomeFormat(`${JSON.stringify(doc, null, 2)}\n`, join(clientDir, generatedFiles.document))
  const ast = await openapiTS(structuredClone(doc) as unknown as Parameters<typeof openapiTS>[0], { silent: true })
  return { document, types: typesHeader + astToString(ast) }
}

/** The generated files under `dir` whose text differs from a fresh generation (empty when current). */
export const staleFiles = async (dir = clientDir): Promise<GeneratedFile[]> => {
  const fresh = await generate()
  const committed = (file: GeneratedFile) => {
    try {
      return readFileSync(join(dir, generatedFiles[file]), "utf8")
    } catch {
      return undefined
    }
  }
  return (Object.keys(fresh) as GeneratedFile[]).filter((file) => committed(file) !== fresh[file])
}
