/**
 * The batch recompute: customers, organisations and visible transactions in, the portrait read model out.
 * Transactions become typed columns (TradeInput), so memory grows by ~30 bytes a transaction, not an object each.
 * 理财偏好 (DOMAIN.md §4) come from the same pass (transaction channels) plus the purchase, product and
 * holding rows, all read chunk by chunk.
 */
import { Effect, Stream } from "effect"
import type { DatasetPointer } from "../Data/DatasetPointer.js"
import { DatasetRepo } from "../Data/DatasetRepo.js"
import type { AnalysisBasis, StoredPortrait } from "../Data/StoredPortrait.js"
import type { Company } from "../Domain/Company.js"
import type { StorageError } from "../Errors.js"
import { computePortraits } from "../Portrait/computePortraits.js"
import { defaultFluctuationThresholds } from "../Portrait/PortraitTypes.js"
import { mostUsed } from "../Preferences/Buckets.js"
import { computePreferences } from "../Preferences/computePreferences.js"
import type { HoldingFacts, ProductFacts, PurchaseRow } from "../Preferences/PreferenceTypes.js"
import { PURCHASE_TYPES } from "../Preferences/PurchaseSummary.js"
import type { UploadRow } from "../Upload/Specs.js"
import type { UploadType } from "../Upload/UploadType.js"
import { readTradeInput } from "./TradeInput.js"

export interface RecomputeInput {
  readonly pointer: DatasetPointer
  readonly companies: ReadonlyArray<Company>
  /** outletCode → branchCode, from the live organisation tree (merges and moves apply at once). */
  readonly branchOfOutlet: ReadonlyMap<string, string>
  /** counterpartyBank values that mean our own bank (an empty one does too). */
  readonly ourBankCodes: ReadonlyArray<string>
  readonly analysisDate?: string | undefined
  /** 波动程度 thresholds; default 0.2 / 0.5. */
  readonly thresholds?: { readonly low: number; readonly medium: number } | undefined
  /** 到期预警 window (days before / after) for 到期流失风险客户 and 持有即将到期; default the preference config's. */
  readonly warningWindow?: { readonly start: number; readonly end: number } | undefined
}

export interface RecomputeResult {
  readonly portraits: ReadonlyArray<StoredPortrait>
  readonly analysisDate: string | null
  readonly transactions: number
}

export const recomputePortraits = (input: RecomputeInput): Effect.Effect<RecomputeResult, StorageError, DatasetRepo> =>
  Effect.gen(function* () {
    const indexOf = new Map(input.companies.map((c, i) => [c.code as string, i]))
    const { trades, channelCounts } = yield* readTradeInput(
      input.pointer,
      input.companies.length,
      indexOf,
      input.ourBankCodes
    )
    const set = computePortraits({
      trades,
      companies: input.companies.map((c) => ({
        code: c.code,
        outletCode: c.outletCode,
        branchCode: input.branchOfOutlet.get(c.outletCode) ?? ""
      })),
      ...(input.analysisDate === undefined ? {} : { analysisDate: input.analysisDate }),
      ...(input.thresholds === undefined ? {} : { thresholds: input.thresholds })
    })
    const thresholds = { ...defaultFluctuationThresholds, ...input.thresholds }
    const analysis: AnalysisBasis = {
      analysisDate: set.analysisDate,
      analysisDateSource: input.analysisDate === undefined ? "latestTrade" : "fixed",
      windowFirst: set.window?.first ?? null,
      windowLast: set.window?.last ?? null,
      lowThreshold: thresholds.low,
      mediumThreshold: thresholds.medium,
      ourBankCodes: [...input.ourBankCodes]
    }
    // Only purchases are kept (references to the rows read, no copies); products and holdings are snapshots.
    const purchases = yield* collect(input.pointer, "financial_trade", (row) => PURCHASE_TYPES.has(row.businessType))
    const products: ReadonlyArray<ProductFacts> = yield* collect(input.pointer, "product", () => true)
    const holdings: ReadonlyArray<HoldingFacts> = yield* collect(input.pointer, "holding", () => true)
    const preferences = computePreferences({
      // No transactions at all and no configured date: the latest purchase date stands in for D.
      analysisDate: set.analysisDate ?? latestPurchaseDate(purchases),
      customers: input.companies.map((c, i) => ({
        code: c.code,
        riskRating: c.riskRating,
        portrait: set.portraits[i]!,
        transactionChannel: mostUsed(channelCounts[i])
      })),
      trades: purchases,
      products,
      holdings,
      ...(input.warningWindow === undefined
        ? {}
        : { config: { warningStartDays: input.warningWindow.start, warningEndDays: input.warningWindow.end } })
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
      portrait: set.portraits[i]!,
      preference: preferences[i]!,
      analysis
    }))
    return { portraits, analysisDate: set.analysisDate, transactions: trades.length }
  })

/** The visible rows of `type` that pass `keep`, gathered chunk by chunk. */
const collect = <T extends UploadType>(pointer: DatasetPointer, type: T, keep: (row: UploadRow<T>) => boolean) =>
  Effect.flatMap(DatasetRepo, (data) => {
    const rows: Array<UploadRow<T>> = []
    return data.readRows(pointer, type).pipe(
      Stream.runForEachChunk((chunk) =>
        Effect.sync(() => {
          for (const row of chunk) if (keep(row)) rows.push(row)
        })
      ),
      Effect.as(rows)
    )
  })

/** 'YYYY-MM-DD' of the latest purchase; the epoch day when there is none (then nothing is bought or maturing). */
const latestPurchaseDate = (purchases: ReadonlyArray<PurchaseRow>): string => {
  let latest = "1970-01-01"
  for (const p of purchases) {
    const day = p.tradeTime.slice(0, 10)
    if (day > latest) latest = day
  }
  return latest
}
