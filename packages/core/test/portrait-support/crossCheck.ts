/**
 * crossCheckWithDuckDB: the TypeScript portrait engine against an independent DuckDB SQL rendering of
 * DOMAIN.md §3, on any `trade_flow` CSV and companies CSV (code, outletCode, branchCode).
 *
 * Tolerances: money 0.01 (the engine rounds to the fen, SQL does not), shares 0.0001; ranks, levels and
 * fluctuation degrees exact. Answers the list of disagreements rather than throwing, so a caller can print
 * the first few of them.
 */
import { type CompanyPortrait, computePortraits, type PortraitSet } from "../../src/Portrait/index.js"
import { type DuckFigure, type DuckPortraits, duckdbPortraits } from "./duckdbPortraits.js"
import { readCompaniesCsv, readTradeCsv } from "./readTradeCsv.js"

export interface CrossCheckOptions {
  readonly analysisDate?: string
  /** Counterparty bank codes meaning "our bank" besides the empty one. */
  readonly ourBankCodes?: ReadonlyArray<string>
}

export interface CrossCheckReport {
  readonly companies: number
  readonly transactions: number
  readonly figuresCompared: number
  readonly mismatches: ReadonlyArray<string>
  readonly engineMs: number
  readonly duckdbMs: number
}

const DIRECTIONS = ["all", "borrow", "lend"] as const
const FIGURES = ["hourBalance", "monthBalance", "trade"] as const

const close = (a: number, b: number, tolerance: number): boolean => Math.abs(a - b) <= tolerance + 1e-9

/** Every disagreement between one engine figure and the SQL row for it. */
const figureDiffs = (where: string, ts: unknown, duck: DuckFigure | undefined): Array<string> => {
  if (ts === null || duck === undefined) {
    return (ts === null) === (duck === undefined) ? [] : [`${where}: engine ${ts === null ? "null" : "present"}`]
  }
  const f = ts as Record<string, unknown>
  const money = (f.balance ?? f.amount) as ReadonlyArray<number>
  const pairs: Array<[string, unknown, unknown, number]> = [
    ["max", money[0], duck.mx / 100, 0.01],
    ["min", money[1], duck.mn / 100, 0.01],
    ["avg", money[2], duck.avg / 100, 0.01],
    ["degree", f.fluctuationDegree ?? f.amountFluctuationDegree, duck.deg, 0],
    ["rank", f.rank, duck.rnk, 0],
    ["branchRank", f.branchRank, duck.branch_rank, 0],
    ["outletRank", f.outletRank, duck.outlet_rank, 0],
    ["level", f.level, duck.lvl, 0]
  ]
  if (f.quantity !== undefined) {
    const q = f.quantity as ReadonlyArray<number>
    pairs.push(["qmax", q[0], duck.qmx, 0], ["qmin", q[1], duck.qmn, 0], ["qavg", q[2], duck.qavg, 0.01])
    pairs.push(["qdegree", f.quantityFluctuationDegree, duck.qdeg, 0])
  }
  return pairs
    .filter(([, a, b, tol]) => (typeof a === "number" && typeof b === "number" ? !close(a, b, tol) : a !== b))
    .map(([name, a, b]) => `${where}.${name}: engine ${a}, duckdb ${b}`)
}

const companyDiffs = (p: CompanyPortrait, duck: DuckPortraits): Array<string> => {
  const diffs = DIRECTIONS.flatMap((d) =>
    FIGURES.flatMap((fig) => figureDiffs(`${p.code}.${d}.${fig}`, p[d][fig], duck.figures.get(`${p.code}|${d}|${fig}`)))
  )
  const share = duck.shares.get(p.code)
  for (const [key, value] of Object.entries(p.innerScale)) {
    const expected = share?.[key as keyof typeof share] ?? 0
    if (!close(value, expected, 0.0001)) diffs.push(`${p.code}.innerScale.${key}: engine ${value}, duckdb ${expected}`)
  }
  const idle = duck.idle.get(p.code)
  if (
    (p.idleFunds === null) !== (idle === undefined) ||
    (idle !== undefined && !close(p.idleFunds!, idle / 100, 0.01))
  ) {
    diffs.push(`${p.code}.idleFunds: engine ${p.idleFunds}, duckdb ${idle === undefined ? null : idle / 100}`)
  }
  return diffs
}

export const compareWithDuckDB = (set: PortraitSet, duck: DuckPortraits): Array<string> => {
  const head: Array<string> = []
  if (set.analysisDate !== duck.analysisDate) head.push(`analysisDate: ${set.analysisDate} vs ${duck.analysisDate}`)
  if (set.window?.first !== duck.windowFirst) head.push(`window: ${set.window?.first} vs ${duck.windowFirst}`)
  return [...head, ...set.portraits.flatMap((p) => companyDiffs(p, duck))]
}

export const crossCheckWithDuckDB = async (
  tradeCsvPath: string,
  companiesCsvPath: string,
  options: CrossCheckOptions = {}
): Promise<CrossCheckReport> => {
  const ourBankCodes = options.ourBankCodes ?? []
  const started = performance.now()
  const companies = readCompaniesCsv(companiesCsvPath)
  const trades = readTradeCsv(tradeCsvPath, companies, ourBankCodes)
  const set = computePortraits({
    trades,
    companies,
    ...(options.analysisDate === undefined ? {} : { analysisDate: options.analysisDate })
  })
  const engineMs = performance.now() - started
  const duck = await duckdbPortraits(tradeCsvPath, companiesCsvPath, { ...options, ourBankCodes })
  return {
    companies: companies.length,
    transactions: trades.length,
    figuresCompared: duck.figures.size,
    mismatches: compareWithDuckDB(set, duck),
    engineMs,
    duckdbMs: duck.ms
  }
}
