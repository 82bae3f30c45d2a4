/**
 * Hand-made trade fixtures for the portrait unit tests: rows written as the upload file would spell them.
 */
import {
  appendTradeRow,
  type CompanyRef,
  computePortraits,
  makeTradeColumnsBuilder,
  type PortraitSet
} from "../../src/Portrait/index.js"

/** [companyCode, tradeTime, direction, amount, balance, counterpartyBank?, accountNo? (default "A")] */
export type TinyRow = readonly [string, string, "借" | "贷", number, number, string?, string?]

export const company = (code: string, branchCode = "B1", outletCode = "O1"): CompanyRef => ({
  code,
  branchCode,
  outletCode
})

export interface TinyOptions {
  readonly analysisDate?: string
  readonly thresholds?: { low?: number; medium?: number }
  readonly ourBankCodes?: ReadonlyArray<string>
}

export const portraitsOf = (
  companies: ReadonlyArray<CompanyRef>,
  rows: ReadonlyArray<TinyRow>,
  options: TinyOptions = {}
): PortraitSet => {
  const index = new Map(companies.map((c, i) => [c.code, i]))
  // A tiny initial capacity makes every fixture exercise the builder's growth.
  const builder = makeTradeColumnsBuilder(1)
  for (const [code, tradeTime, direction, amount, balance, counterpartyBank = "", accountNo = "A"] of rows) {
    const c = index.get(code)
    if (c === undefined) throw new Error(`unknown company ${code}`)
    const ok = appendTradeRow(
      builder,
      c,
      { accountNo, tradeTime, direction, amount, balance, counterpartyBank },
      options.ourBankCodes ?? ["OUR"]
    )
    if (!ok) throw new Error(`bad row ${tradeTime}`)
  }
  return computePortraits({
    trades: builder.build(),
    companies,
    ...(options.analysisDate === undefined ? {} : { analysisDate: options.analysisDate }),
    ...(options.thresholds === undefined ? {} : { thresholds: options.thresholds })
  })
}

/** The portrait of `code`, failing loudly when absent. */
export const portraitOf = (set: PortraitSet, code: string) => {
  const p = set.byCode.get(code)
  if (p === undefined) throw new Error(`no portrait for ${code}`)
  return p
}

/** Money as the engine shows it: two decimals, half away from zero. */
export const yuan = (x: number): number => (Math.sign(x) * Math.round(Math.abs(x) * 100 + 1e-9)) / 100
