/**
 * crossCheckWithDuckDB: the TypeScript portrait engine against an independent DuckDB SQL rendering of
 * DOMAIN.md §3, on any `trade_flow` CSV and companies CSV (code, outletCode, branchCode).
 *
 * No tolerance: both sides round once, half away from zero, from the exact value, so money must agree to
 * the fen, count averages to the hundredth and shares to the ten-thousandth; ranks, levels and fluctuation
 * degrees exactly. Answers the list of disagreements rather than throwing, so a caller can print the first
 * few of them.
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

/** A shown decimal (e.g. yuan with two decimals) as the whole number of its last unit. */
const units = (shown: number, perUnit: number): number => Math.round(shown * perUnit)

/** Every disagreement between one engine figure and the SQL row for it. */
const figureDiffs = (where: string, ts: unknown, duck: DuckFigure | undefined): Array<string> => {
  if (ts === null || duck === undefined) {
    return (ts === null) === (duck === undefined) ? [] : [`${where}: engine ${ts === null ? "null" : "present"}`]
  }
  const f = ts as Record<string, unknown>
  const money = (f.balance ?? f.amount) as ReadonlyArray<number>
  const pairs: Array<[string, unknown, unknown]> = [
    ["max", units(money[0]!, 100), duck.mx],
    ["min", units(money[1]!, 100), duck.mn],
    ["avg", units(money[2]!, 100), duck.avg],
    ["degree", f.fluctuationDegree ?? f.amountFluctuationDegree, duck.deg],
    ["rank", f.rank, duck.rnk],
    ["branchRank", f.branchRank, duck.branch_rank],
    ["outletRank", f.outletRank, duck.outlet_rank],
    ["level", f.level, duck.lvl]
  ]
  if (f.quantity !== undefined) {
    const q = f.quantity as ReadonlyArray<number>
    pairs.push(["qmax", q[0], duck.qmx], ["qmin", q[1], duck.qmn], ["qavg", units(q[2]!, 100), duck.qavg])
    pairs.push(["qdegree", f.quantityFluctuationDegree, duck.qdeg])
  }
  return pairs.filter(([, a, b]) => a !== b).map(([name, a, b]) => `${where}.${name}: engine ${a}, duckdb ${b}`)
}

const companyDiffs = (p: CompanyPortrait, duck: DuckPortraits): Array<string> => {
  const diffs = DIRECTIONS.flatMap((d) =>
    FIGURES.flatMap((fig) => figureDiffs(`${p.code}.${d}.${fig}`, p[d][fig], duck.figures.get(`${p.code}|${d}|${fig}`)))
  )
  const share = duck.shares.get(p.code)
  for (const [key, value] of Object.entries(p.innerScale)) {
    const expected = share?.[key as keyof typeof share] ?? 0
    if (units(value, 10_000) !== expected) {
      diffs.push(`${p.code}.innerScale.${key}: engine ${value}, duckdb ${expected / 10_000}`)
    }
  }
  const idle = duck.idle.get(p.code)
  if ((p.idleFunds === null) !== (idle === undefined) || (idle !== undefined && units(p.idleFunds!, 100) !== idle)) {
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
