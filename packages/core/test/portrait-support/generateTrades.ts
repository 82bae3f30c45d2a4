/**
 * Seeded synthetic `trade_flow` and companies CSVs for the DuckDB cross-check and the benchmark.
 *
 * Streamed day by day, so ten million rows never sit in memory. Customers get profiles that stress §3's edge
 * rules: first trade before the window, start inside it, silence during it, one direction only, no trade
 * at all, round amounts (exact fluctuation thresholds), several accounts, equal trade times. Inside a day,
 * rows are written shuffled, so the engine must sort and fall back on upload order for equal times.
 */
/// <reference types="node" />
import { closeSync, openSync, writeSync } from "node:fs"
import { dayFromCivil, formatDay, monthOfDay, parseDay } from "../../src/Portrait/Calendar.js"
import { generateDay } from "./generatorDay.js"
import { planCompanies } from "./generatorProfiles.js"

export interface GeneratorOptions {
  readonly seed: number
  readonly companies: number
  /** Approximate number of rows. */
  readonly transactions: number
  /** The last trade date, 'YYYY-MM-DD'. */
  readonly endDate: string
  /** Calendar months spanned, ending with endDate's month. */
  readonly months: number
  readonly branches: number
  readonly outletsPerBranch: number
  readonly ourBank: string
}

/** mulberry32: tiny, seeded, good enough for test data. */
export const seededRandom = (seed: number): (() => number) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pad = (n: number): string => (n < 10 ? `0${n}` : `${n}`)
const clock = (sec: number): string =>
  `${pad(Math.floor(sec / 3600))}:${pad(Math.floor(sec / 60) % 60)}:${pad(sec % 60)}`
const money = (fen: number): string => (fen / 100).toFixed(2)

/** Writes both files; answers the number of trade rows written. */
export const generateTradeCsv = (tradePath: string, companiesPath: string, o: GeneratorOptions): number => {
  const rand = seededRandom(o.seed)
  const endDay = parseDay(o.endDate)
  const endMonth = monthOfDay(endDay)
  const firstDay = dayFromCivil(Math.floor((endMonth - o.months + 1) / 12), ((endMonth - o.months + 1) % 12) + 1, 1)
  const windowStart = dayFromCivil(Math.floor((endMonth - 11) / 12), ((endMonth - 11) % 12) + 1, 1)
  const plan = planCompanies(rand, o, firstDay, windowStart, endDay)
  writeFile(companiesPath, (emit) => {
    emit("code,outletCode,branchCode\n")
    for (const c of plan.companies) emit(`${c.code},${c.outletCode},${c.branchCode}\n`)
  })
  const perDay = o.transactions / (endDay - firstDay + 1)
  let rows = 0
  writeFile(tradePath, (emit) => {
    emit("companyCode,accountNo,tradeTime,direction,amount,balance,counterpartyBank,channel\n")
    for (let day = firstDay; day <= endDay; day++) {
      const date = formatDay(day)
      const txs = generateDay(rand, plan, day, day === endDay ? Math.max(1, perDay) : perDay)
      for (const tx of txs) {
        const c = plan.companies[tx.company]!
        emit(
          `${c.code},${c.code}-${tx.account},${date} ${clock(tx.sec)},${tx.lend ? "贷" : "借"},` +
            `${money(tx.amount)},${money(tx.balance)},${tx.bank},${tx.channel}\n`
        )
      }
      rows += txs.length
    }
  })
  return rows
}

const writeFile = (path: string, body: (emit: (s: string) => void) => void): void => {
  const fd = openSync(path, "w")
  let buffer = ""
  body((s) => {
    buffer += s
    if (buffer.length > 1 << 20) {
      writeSync(fd, buffer)
      buffer = ""
    }
  })
  writeSync(fd, buffer)
  closeSync(fd)
}
