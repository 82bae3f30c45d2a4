/**
 * Command line: tsx packages/demo/src/berka/cli.ts [--in DIR] --out DIR
 * Converts the Berka dataset into upload files. --in defaults to ../shared/data/berka next to the repository;
 * given paths are read relative to the current directory. Progress (compressed input bytes) goes to stderr,
 * the JSON manifest to stdout, and checksum or row-count mismatches with the dataset's README to stderr.
 */
import { dirname, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { commandLine } from "../commandLine.js"
import { progressBar } from "../progress.js"
import { convertBerka } from "./convert.js"
import { BerkaFormatError } from "./mapping.js"
import { BerkaMissingInput } from "./tables.js"

const USAGE = "usage: tsx packages/demo/src/berka/cli.ts [--in DIR] --out DIR"
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..")
const DEFAULT_IN = resolve(REPO_ROOT, "../shared/data/berka")

const megabytes = (bytes: number): string => (bytes / 1_048_576).toFixed(2)
const megabytesRead = (done: number, total: number): string => `${megabytes(done)}/${megabytes(total)} MB read`

const main = async () => {
  const { values, fail } = commandLine(USAGE, { in: { type: "string" }, out: { type: "string" } })
  const outDir = resolve(values.out ?? fail("--out is required"))
  const inDir = values.in === undefined ? DEFAULT_IN : resolve(values.in)
  const manifest = await convertBerka({ inDir, outDir, onProgress: progressBar({ counts: megabytesRead }) })
  process.stderr.write(`\ndone in ${(manifest.elapsedMs / 1000).toFixed(1)} s\n`)
  for (const warning of manifest.warnings) process.stderr.write(`warning: ${warning}\n`)
  process.stdout.write(`${JSON.stringify(manifest, null, 2)}\n`)
}

main().catch((error: unknown) => {
  // Bad or missing input is the user's to fix: its message names file and line, a stack trace adds nothing.
  const expected = error instanceof BerkaFormatError || error instanceof BerkaMissingInput
  const text = error instanceof Error ? (expected ? error.message : (error.stack ?? error.message)) : String(error)
  process.stderr.write(`\n${text}\n`)
  process.exit(1)
})
