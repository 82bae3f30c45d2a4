/**
 * Command line: tsx packages/demo/src/cli.ts --out DIR [--seed N] [--scale X] [--today YYYY-MM-DD]
 * Progress goes to stderr (a plain text bar, no dependency) so stdout carries only the JSON manifest.
 */
import { commandLine } from "./commandLine.js"
import { dayNumber, parseDay, ymd } from "./dates.js"
import { DEFAULT_SEED, generateDemoBank } from "./generate.js"
import { progressBar } from "./progress.js"

const USAGE = "usage: tsx packages/demo/src/cli.ts --out DIR [--seed N] [--scale X] [--today YYYY-MM-DD]"

const rowCounts = (done: number, total: number): string =>
  `${done.toLocaleString("en-US")}/${total.toLocaleString("en-US")} rows`

const main = async () => {
  const { values, fail } = commandLine(USAGE, {
    out: { type: "string" },
    seed: { type: "string" },
    scale: { type: "string" },
    today: { type: "string" }
  })
  const outDir = values.out ?? fail("--out is required")
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed)
  if (!Number.isSafeInteger(seed)) fail(`--seed must be an integer: ${values.seed}`)
  const scale = values.scale === undefined ? 1 : Number(values.scale)
  if (!Number.isFinite(scale) || scale <= 0) fail(`--scale must be a positive number: ${values.scale}`)
  let today: Date | undefined
  if (values.today !== undefined) {
    const dn = parseDay(values.today) ?? fail(`--today must be a date YYYY-MM-DD: ${values.today}`)
    const { y, m, d } = ymd(dn)
    today = new Date(y, m - 1, d) // local midnight: the generator reads the local calendar date
    if (dayNumber(today.getFullYear(), today.getMonth() + 1, today.getDate()) !== dn) fail("bad --today")
  }
  const manifest = await generateDemoBank({
    outDir,
    seed,
    scale,
    today,
    onProgress: progressBar({ counts: rowCounts })
  })
  process.stderr.write(`\ndone in ${(manifest.elapsedMs / 1000).toFixed(1)} s\n`)
  process.stdout.write(`${JSON.stringify(manifest, null, 2)}\n`)
}

main().catch((error: unknown) => {
  process.stderr.write(`\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exit(1)
})
