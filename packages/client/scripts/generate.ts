/**
 * Writes packages/client/openapi.json and src/generated/api.ts from the server's route definitions.
 *
 *   npx tsx packages/client/scripts/generate.ts          regenerate both files
 *   npx tsx packages/client/scripts/generate.ts --check  exit 1 (writing nothing) when either is stale
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { clientDir, type GeneratedFile, generate, generatedFiles, staleFiles } from "./codegen.js"

const check = process.argv.includes("--check")

if (check) {
  const stale = await staleFiles()
  if (stale.length > 0) {
    const names = stale.map((f) => `packages/client/${generatedFiles[f]}`).join(", ")
    console.error(`stale generated files: ${names}\nrun: npx tsx packages/client/scripts/generate.ts`)
    process.exit(1)
  }
  console.log("generated client files are current")
} else {
  const fresh = await generate()
  for (const file of Object.keys(fresh) as GeneratedFile[]) {
    const path = join(clientDir, generatedFiles[file])
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, fresh[file])
    console.log(`wrote packages/client/${generatedFiles[file]}`)
  }
}
