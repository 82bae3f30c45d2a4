/**
 * The portrait engine (企业画像, DOMAIN.md §3): every customer's figures, ranks and levels in one batch.
 *
 * Cost: one counting sort of the rows by customer, a small time sort per customer, one or two linear passes
 * over each customer's contiguous rows, then one sort of the customers per figure kind for the ranks.
 * Transactions after the analysis date D are ignored entirely (they are the future for D), including for
 * "the customer's first transaction".
 */
import { type BuiltBalance, hourFigures, monthFigures } from "./BalanceFigures.js"
import { CompanyScan } from "./CompanyScan.js"
import { compileThresholds } from "./Fluctuation.js"
import type { CompanyPortrait, DirectionBlock, PortraitInput, PortraitSet } from "./PortraitTypes.js"
import { defaultFluctuationThresholds } from "./PortraitTypes.js"
import { RankTable } from "./Ranking.js"
import { type BuiltTrade, idleFundsOf, innerScaleOf, monthList, tradeFigures } from "./TradeFigures.js"
import { groupTrades } from "./TradeOrder.js"
import { resolveWindow, WINDOW_MONTHS } from "./Window.js"

/** Interns codes to dense ids, so sub-branch and outlet ranks can use typed-array counters. */
const intern = (codes: ReadonlyArray<string>): { ids: Int32Array; count: number } => {
  const seen = new Map<string, number>()
  const ids = Int32Array.from(codes, (code) => {
    const id = seen.get(code)
    if (id !== undefined) return id
    seen.set(code, seen.size)
    return seen.size - 1
  })
  return { ids, count: seen.size }
}

/** Rank key: the displayed average in fen, so equal displayed values tie. */
const balanceKey = (f: BuiltBalance): number => Math.round(f.balance[2] * 100)
const tradeKey = (f: BuiltTrade): number => Math.round(f.amount[2] * 100)

export const computePortraits = (input: PortraitInput): PortraitSet => {
  const { trades, companies } = input
  const thresholds = compileThresholds({ ...defaultFluctuationThresholds, ...input.thresholds })
  const window = resolveWindow(trades, input.analysisDate)
  const grouped = groupTrades(trades, companies.length)
  const { start } = grouped
  // tables[d * 3 + figure]: figure 0 = hourBalance, 1 = monthBalance, 2 = trade.
  const tables = Array.from({ length: 9 }, () => new RankTable(companies.length))
  const scan = new CompanyScan(accountCountOf(trades), longestSegment(start))
  const avgFen = new Float64Array(WINDOW_MONTHS)
  const portraits: Array<CompanyPortrait> = companies.map((company, c) => {
    if (window === null) return emptyPortrait(company)
    scan.scan(grouped, start[c]!, start[c + 1]!, window)
    const hour = hourFigures(scan, grouped, thresholds)
    const month = monthFigures(scan, thresholds)
    const trade = tradeFigures(scan, thresholds)
    const block = (d: number): DirectionBlock => {
      const [h, m, t] = [hour[d] ?? null, month[d] ?? null, trade[d] ?? null]
      if (h !== null) tables[d * 3]!.set(c, balanceKey(h), h)
      if (m !== null) tables[d * 3 + 1]!.set(c, balanceKey(m), m)
      if (t !== null) tables[d * 3 + 2]!.set(c, tradeKey(t), t)
      return { hourBalance: h, monthBalance: m, trade: t }
    }
    const months = monthList(scan, window.monthLabels, avgFen)
    return {
      code: company.code,
      outletCode: company.outletCode,
      branchCode: company.branchCode,
      all: block(0),
      borrow: block(1),
      lend: block(2),
      innerScale: innerScaleOf(scan),
      idleFunds: idleFundsOf(avgFen),
      months
    }
  })
  const branch = intern(companies.map((c) => c.branchCode))
  const outlet = intern(companies.map((c) => `${c.branchCode}\u0000${c.outletCode}`))
  for (const table of tables) table.assign(branch.ids, branch.count, outlet.ids, outlet.count)
  return {
    analysisDate: window?.analysisDate ?? null,
    window: window === null ? null : { first: window.firstDate, last: window.analysisDate },
    portraits,
    byCode: new Map(portraits.map((p) => [p.code, p]))
  }
}

/** Account ids are dense and non-negative: arrays of this length index them. */
const accountCountOf = (trades: PortraitInput["trades"]): number => {
  let max = -1
  for (let i = 0; i < trades.length; i++) {
    const a = trades.account[i]!
    if (!(a >= 0)) throw new RangeError(`trade ${i} has a negative account id ${a}`)
    if (a > max) max = a
  }
  return max + 1
}

const longestSegment = (start: Int32Array): number => {
  let longest = 0
  for (let c = 0; c + 1 < start.length; c++) longest = Math.max(longest, start[c + 1]! - start[c]!)
  return longest
}

const emptyBlock: DirectionBlock = { hourBalance: null, monthBalance: null, trade: null }

const emptyPortrait = (company: PortraitInput["companies"][number]): CompanyPortrait => ({
  code: company.code,
  outletCode: company.outletCode,
  branchCode: company.branchCode,
  all: emptyBlock,
  borrow: emptyBlock,
  lend: emptyBlock,
  innerScale: { trade: 0, quantity: 0, borrowTrade: 0, borrowQuantity: 0, lendTrade: 0, lendQuantity: 0 },
  idleFunds: null,
  months: []
})
