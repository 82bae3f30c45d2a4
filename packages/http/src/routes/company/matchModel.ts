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
  baselineHitRate: Schema.Number.annotations({ description: "share of them the baseline ranks in its top 5" }),
  scorer: Schema.Literal("model", "baseline").annotations({ description: "what scores the segment" })
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
    "and co-purchases (`weights` names each feature). Its prior is centred on a baseline of four weights, the " +
    "rule score beside the bank's popularity (`baseline`). It is fitted on purchases before `cutoff` and " +
    "checked on those after it against the baseline, for customers with a history (warm) and first purchases " +
    "(cold). `mode` baseline means the baseline scores alone (too few purchases for the full model, or the model " +
    "did not do better); rules means the rule score alone (too little history to weigh anything).",
  access: "user",
  memo: true,
  response: Schema.Struct({
    mode: Schema.Literal("learned", "baseline", "rules"),
    reason: Schema.String,
    purchases: Schema.Int.annotations({ description: "purchases (认购/申购) of known customers and products up to D" }),
    fitted: Schema.Int.annotations({ description: "purchases fitted (a time-ordered sample)" }),
    cutoff: Schema.NullOr(Schema.String).annotations({ description: "first day of the held-out purchases" }),
    warm: Schema.NullOr(Segment),
    cold: Schema.NullOr(Segment),
    weights: Schema.Record({ key: Schema.String, value: Schema.Number }).annotations({
      description: "fitted weight per feature"
    }),
    baseline: Schema.Record({ key: Schema.String, value: Schema.Number }).annotations({
      description: "fitted weights of the baseline: the rule score, recent and total popularity, recent launches"
    }),
    rulesWeight: Schema.Number.annotations({ description: "weight of the rule score in the baseline" }),
    fitMs: Schema.Number.annotations({ description: "time the fit took, ms" }),
    scoringMs: Schema.Number.annotations({
      description: "time scoring every customer × product took at D (revealed preferences, normalisers), ms"
    })
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
            baseline: {},
            rulesWeight: 0,
            fitMs: 0,
            scoringMs: 0
          }
        : market.value.index.learning
    )
})
