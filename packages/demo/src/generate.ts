/**
 * generateDemoBank: builds the demo bank for a seed, scale and date and writes one CSV per upload type
 * (plus the hidden preferences), reporting progress by rows written. Same inputs → byte-identical files.
 */
import { buildBank } from "./bank.js"
import { HIDDEN_PREFERENCE_COLUMNS, UPLOAD_COLUMNS, type UploadType } from "./columns.js"
import { formatDay, localDayNumber } from "./dates.js"
import * as rows from "./rows.js"
import { tradeFlowLines } from "./tradeFlow.js"
import { ensureDir, type WrittenFile, writeCsvFile } from "./writer.js"

export const DEFAULT_SEED = 2026

export interface DemoOptions {
  readonly seed?: number
  /** Multiplies customers (2,000 at 1) and account transactions (500,000 at 1). */
  readonly scale?: number
  /** The demo's "today" (its local calendar date is used); defaults to now, so data is always recent. */
  readonly today?: Date
  readonly outDir: string
  readonly onProgress?: (done: number, total: number) => void
}

export interface DemoFile extends WrittenFile {
  readonly type: UploadType
}

export interface DemoManifest {
  readonly seed: number
  readonly scale: number
  readonly today: string
  readonly outDir: string
  /** One per upload type, in a valid upload order. */
  readonly files: ReadonlyArray<DemoFile>
  /** hidden_preferences.csv: not an upload type, for offline evaluation of recommendations. */
  readonly hiddenPreferences: WrittenFile
  readonly elapsedMs: number
}

export const generateDemoBank = async (options: DemoOptions): Promise<DemoManifest> => {
  const started = performance.now()
  const seed = options.seed ?? DEFAULT_SEED
  const scale = options.scale ?? 1
  const todayDate = options.today ?? new Date()
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`)
  if (!Number.isFinite(scale) || scale <= 0) throw new RangeError(`scale must be a positive number, got ${scale}`)
  if (Number.isNaN(todayDate.getTime())) throw new RangeError("today is not a valid date")
  const today = localDayNumber(todayDate)
  const bank = buildBank(seed, today, scale)
  const staticFiles: ReadonlyArray<readonly [UploadType, ReadonlyArray<string>]> = [
    ["organization", rows.organizationLines()],
    ["company", rows.companyLines(bank.customers)],
    ["product", rows.productLines(bank.products)],
    ["peer_product", rows.peerProductLines(bank.peerProducts)],
    ["holding", rows.holdingLines(bank.wealth.holdings)],
    ["financial_trade", rows.financialTradeLines(bank.wealth.trades)],
    ["listed_company", rows.listedCompanyLines(bank.listed)],
    ["shareholder", rows.shareholderLines(bank.shareholders)]
  ]
  const hidden = rows.hiddenPreferenceLines(bank.customers)
  const total = staticFiles.reduce((n, [, lines]) => n + lines.length, 0) + hidden.length + bank.flowRows
  let done = 0
  const progress = (base: number) => (soFar: number) => options.onProgress?.(base + soFar, total)
  options.onProgress?.(0, total)
  await ensureDir(options.outDir)
  const files: Array<DemoFile> = []
  for (const [type, lines] of staticFiles) {
    const written = await writeCsvFile(options.outDir, `${type}.csv`, UPLOAD_COLUMNS[type], lines, progress(done))
    files.push({ type, ...written })
    done += written.rows
  }
  const hiddenPreferences = await writeCsvFile(
    options.outDir,
    "hidden_preferences.csv",
    HIDDEN_PREFERENCE_COLUMNS,
    hidden,
    progress(done)
  )
  done += hiddenPreferences.rows
  const flowLines = tradeFlowLines(seed, bank.calendar, bank.flows)
  const flow = await writeCsvFile(
    options.outDir,
    "trade_flow.csv",
    UPLOAD_COLUMNS.trade_flow,
    flowLines,
    progress(done)
  )
  files.push({ type: "trade_flow", ...flow })
  return {
    seed,
    scale,
    today: formatDay(today),
    outDir: options.outDir,
    files,
    hiddenPreferences,
    elapsedMs: Math.round(performance.now() - started)
  }
}
