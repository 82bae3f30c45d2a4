/**
 * The batch recompute: customers, organisations and visible transactions in, the portrait read model out.
 * Transactions stream into typed columns, so memory grows by ~30 bytes a transaction, not an object each.
 */
import { Effect, Stream } from "effect"
import type { DatasetPointer } from "../Data/DatasetPointer.js"
import { DatasetRepo } from "../Data/DatasetRepo.js"
import type { StoredPortrait } from "../Data/StoredPortrait.js"
import type { Company } from "../Domain/Company.js"
import { computePortraits } from "../Portrait/computePortraits.js"
import { appendTradeRow, makeTradeColumnsBuilder } from "../Portrait/TradeColumns.js"

export interface RecomputeInput {
  readonly pointer: DatasetPointer
  readonly companies: ReadonlyArray<Company>
  /** outletCode → branchCode, from the live organisation tree (merges and moves apply at once). */
  readonly branchOfOutlet: ReadonlyMap<string, string>
  /** counterpartyBank values that mean our own bank (an empty one does too). */
  readonly ourBankCodes: ReadonlyArray<string>
  readonly analysisDate?: string | undefined
}

export const recomputePortraits = (input: RecomputeInput) =>
  Effect.gen(function* () {
    const data = yield* DatasetRepo
    const indexOf = new Map(input.companies.map((c, i) => [c.code as string, i]))
    const trades = makeTradeColumnsBuilder(1 << 16)
    yield* data.readRows(input.pointer, "trade_flow").pipe(
      // Chunk by chunk: an effect per row would cost more than the whole portrait computation.
      Stream.runForEachChunk((chunk) =>
        Effect.sync(() => {
          for (const row of chunk) {
            const company = indexOf.get(row.companyCode)
            // Transactions of customers no longer in the customer file stay stored but get no portrait.
            if (company !== undefined) appendTradeRow(trades, company, row, input.ourBankCodes)
          }
        })
      )
    )
    const set = computePortraits({
      trades: trades.build(),
      companies: input.companies.map((c) => ({
        code: c.code,
        outletCode: c.outletCode,
        branchCode: input.branchOfOutlet.get(c.outletCode) ?? ""
      })),
      ...(input.analysisDate === undefined ? {} : { analysisDate: input.analysisDate })
    })
    const portraits: Array<StoredPortrait> = input.companies.map((c, i) => ({
      code: c.code,
      name: c.name,
      outletCode: c.outletCode,
      branchCode: set.portraits[i]!.branchCode,
      linkman: c.linkman,
      contact: c.contact,
      riskRating: c.riskRating,
      listedCompanyId: c.listedCompanyId,
      portrait: set.portraits[i]!
    }))
    return { portraits, analysisDate: set.analysisDate, transactions: trades.length }
  })
