/**
 * The `analysis` block of a portrait answer: what a reader needs to interpret its figures (DOMAIN.md §3).
 */
import type { AnalysisBasis } from "@wm/core"
import { Schema } from "effect"

export const AnalysisBasisView = Schema.Struct({
  analysisDate: Schema.NullOr(Schema.String).annotations({ description: "analysis date D, YYYY-MM-DD" }),
  analysisDateSource: Schema.Literal("latestTrade", "fixed").annotations({
    description: "latestTrade: D is the latest trade date in the data; fixed: the date set in /api/settings/analysis"
  }),
  windowFirst: Schema.NullOr(Schema.String).annotations({
    description: "first day of the window (the 12 calendar months ending with D's month), YYYY-MM-DD"
  }),
  windowLast: Schema.NullOr(Schema.String).annotations({ description: "last day of the window: D" }),
  lowThreshold: Schema.Number.annotations({ description: "波动程度: a CV below this is 低" }),
  mediumThreshold: Schema.Number.annotations({ description: "below this 中, otherwise 高; a mean of 0 is 无" }),
  ourBankCodes: Schema.Array(Schema.String).annotations({
    description: "counterpartyBank values counted as in-bank (行内) for innerScale, besides an empty one"
  }),
  balanceBasis: Schema.Literal("sumOfAccounts").annotations({
    description: "balances are the customer's total over all its accounts (docs/portrait.md)"
  }),
  moneyUnit: Schema.Literal("yuan").annotations({
    description: "money in yuan with two decimals, rounded half away from zero from the exact value"
  })
}).annotations({ identifier: "AnalysisBasis" })

/** Null for portraits stored before the basis was recorded. */
export const analysisBasisView = (basis: AnalysisBasis | undefined): typeof AnalysisBasisView.Type | null =>
  basis === undefined
    ? null
    : {
        analysisDate: basis.analysisDate,
        analysisDateSource: basis.analysisDateSource,
        windowFirst: basis.windowFirst,
        windowLast: basis.windowLast,
        lowThreshold: basis.lowThreshold,
        mediumThreshold: basis.mediumThreshold,
        ourBankCodes: [...basis.ourBankCodes],
        balanceBasis: "sumOfAccounts",
        moneyUnit: "yuan"
      }
