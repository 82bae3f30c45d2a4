/**
 * GET /api/company/match_model: what the active version's matching index learned from the bank's purchases —
 * the fitted weight of each feature, the held-out check against the rules, or why it kept the rules.
 */
import { Effect, Option, Schema } from "effect"
import { defineRoute } from "../../api/route.js"
import { marketOf } from "./market.js"
import { tag } from "./views.js"

const Segment = Schema.Struct({
  validated: Schema.Int.annotations({ description: "held-out purchases of the segment" }),
  modelHitRate: Schema.Number.annotations({ description: "share of them the model ranks in its top 5" }),
  rulesHitRate: Schema.Number.annotations({ description: "share of them the rules rank in their top 5" }),
  scorer: Schema.Literal("model", "rules").annotations({ description: "what scores the segment" })
})

export const matchModel = defineRoute({
  method: "get",
  path: "/api/company/match_model",
  tag,
  summary: "推荐模型 The learned matching score",
  description:
    "The score of `recommand` and `/api/company/match` is learned at each update from the bank's purchases: a " +
    "conditional logit over the products a customer could buy at each past purchase, on revealed preferences " +
    "(risk, term, rate, amount of what it bought, recency-weighted), its declared rating and funds, popularity " +
    "and co-purchases (`weights` names each feature). It is fitted on purchases before `cutoff` and " +
    "checked on those after it against the rules, for customers with a history (warm) and first purchases " +
    "(cold); `mode` rules means the rules score alone (too little history, or the model did not do better).",
  access: "user",
  memo: true,
  response: Schema.Struct({
    mode: Schema.Literal("learned", "rules"),
    reason: Schema.String,
    purchases: Schema.Int.annotations({ description: "purchases (认购/申购) of known customers and products up to D" }),
    fitted: Schema.Int.annotations({ description: "purchases fitted (a time-ordered sample)" }),
    cutoff: Schema.NullOr(Schema.String).annotations({ description: "first day of the held-out purchases" }),
    warm: Schema.NullOr(Segment),
    cold: Schema.NullOr(Segment),
    weights: Schema.Record({ key: Schema.String, value: Schema.Number }).annotations({
      description: "fitted weight per feature"
    }),
    rulesWeight: Schema.Number.annotations({ description: "weight of the rule score in a segment kept on the rules" }),
    fitMs: Schema.Number.annotations({ description: "time the fit took, ms" })
  }),
  handle: ({ actor }) =>
    Effect.map(marketOf(actor.user), (market) =>
      Option.isNone(market)
        ? {
            mode: "rules" as const,
            reason: "no data yet",
            purchases: 0,
            fitted: 0,
            cutoff: null,
            warm: null,
            cold: null,
            weights: {},
            rulesWeight: 0,
            fitMs: 0
          }
        : market.value.index.learning
    )
})
