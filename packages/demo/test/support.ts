/**
 * Shared test helpers: generate a small demo bank into a fresh temporary directory and read its CSV files
 * back with csv-parse, the way an uploader would, independently of the generator's own formatting code.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { parse } from "csv-parse/sync"
import { type DemoManifest, type DemoOptions, generateDemoBank } from "../src/index.js"

/** A fixed "today" so assertions about dates do not depend on when the tests run. */
export const TODAY = new Date(2026, 2, 15)
export const TODAY_TEXT = "2026-03-15"
export const SMALL_SCALE = 0.02

const dirs: Array<string> = []

export const generateSmall = async (options: Partial<DemoOptions> = {}): Promise<DemoManifest> => {
  const outDir = await mkdtemp(join(tmpdir(), "wm-demo-"))
  dirs.push(outDir)
  return generateDemoBank({ seed: 11, scale: SMALL_SCALE, today: TODAY, ...options, outDir })
}

export const cleanup = async (): Promise<void> => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })))
}

export interface Table {
  readonly header: ReadonlyArray<string>
  readonly rows: ReadonlyArray<Record<string, string>>
}

export const readTable = async (dir: string, file: string): Promise<Table> => {
  const text = await readFile(join(dir, file), "utf8")
  const records = parse(text, { relax_column_count: false }) as Array<Array<string>>
  const [header = [], ...body] = records
  const rows = body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""])))
  return { header, rows }
}

export const readBytes = (dir: string, file: string): Promise<Buffer> => readFile(join(dir, file))

/** Earliest and latest of some texts that sort chronologically (dates, times). */
export const extent = (values: ReadonlyArray<string>): readonly [string, string] => {
  const sorted = [...values].sort()
  return [sorted[0] ?? "", sorted.at(-1) ?? ""]
}

/** Day difference between two YYYY-MM-DD strings. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)

/** "123.45" → 12345, exactly (no floating point). */
export const hundredths = (text: string): number => {
  const m = /^(-?)(\d+)\.(\d{2})$/.exec(text)
  if (m === null) throw new Error(`not a two-decimal amount: ${text}`)
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 100 + Number(m[3]))
}
