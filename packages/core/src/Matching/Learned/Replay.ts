/**
 * One pass over the bank's purchases in time order. Before each sampled purchase it records the choice the
 * customer faced — every product on sale that day, suitable, feasible and not held, with the features as of that
 * moment (only purchases before it count) — then adds the purchase to the customer's history and the bank's
 * counts. What is left at the end is the state as of D, from which the index scores.
 */
import type { PreferenceConfig } from "../../Preferences/PreferenceConfig.js"
import { PIECE, runSteps, type Steps } from "../../Records/Steps.js"
import type { MatchingConfig } from "../MatchingConfig.js"
import { emptyMoment, type MarketMoment, onSaleAt, type ProductColumns } from "./Columns.js"
import { FEATURE_COUNT, fillFeatures } from "./Features.js"
import type { ChoiceData } from "./Fit.js"
import { groupByCustomer, type Histories, keptFrom, type PurchaseColumns } from "./History.js"
import { countSegments } from "./Segment.js"
import { type Segments, segmentOf } from "./Segments.js"
import { emptySummary, summarise } from "./Summary.js"

export interface ReplayInput {
  readonly size: number
  readonly tolerance: Uint8Array
  readonly capacity: Float64Array
  readonly coldCycle: Uint8Array
  readonly products: ProductColumns
  /** Purchases up to D, in time order. */
  readonly events: PurchaseColumns
  readonly config: MatchingConfig
  readonly preferences: PreferenceConfig
}

export interface Replayed {
  readonly choices: ChoiceData
  /** Per fitted purchase: 1 when the customer had no history before it. */
  readonly cold: Uint8Array
  /** Per fitted purchase: its day number. */
  readonly days: Int32Array
  readonly histories: Histories
  readonly moment: MarketMoment
}

/** A product the customer still holds on `day`: bought in its history [from, to) and not yet matured. */
export const heldAt = (h: Histories, from: number, to: number, k: number, day: number, p: ProductColumns) => {
  for (let j = from; j < to; j++) if (h.product[j] === k && h.day[j]! + p.termDays[k]! > day) return true
  return false
}

/** A recorded choice costs about as much as this many purchases that only move the state. */
const SAMPLED_WORK = 15

const grow = <A extends Float32Array | Int32Array>(a: A, need: number, make: (n: number) => A): A => {
  if (need <= a.length) return a
  const b = make(Math.max(need, a.length * 2))
  b.set(a)
  return b
}

/** Slides the recent-popularity window so that it holds the purchases of (day − recentDays, day]. */
const slide = (input: ReplayInput, m: MarketMoment, tail: number, upTo: number, day: number) => {
  let t = tail
  while (t < upTo && input.events.day[t]! <= day - input.config.learning.recentDays) {
    m.recent[input.events.product[t]!]!--
    t++
  }
  return t
}

/** `sampled` purchases at most are recorded as choices (0: none, only the state as of `until`). */
export const replay = (
  input: ReplayInput,
  until: number,
  sampled: number,
  segments: Segments | null = null
): Replayed => runSteps(replaySteps(input, until, sampled, segments))

/** `replay`, pausing every PIECE purchases. */
export function* replaySteps(
  input: ReplayInput,
  until: number,
  sampled: number,
  segments: Segments | null = null
): Steps<Replayed> {
  const { products: p, events, config } = input
  const learning = config.learning
  const P = p.size
  const F = FEATURE_COUNT
  const m = emptyMoment(P, P <= learning.maxCoPurchaseProducts, segments)
  const h = groupByCustomer(events, input.size, learning.historyLength)
  // Only purchases in the last fitWindowDays before `until` are fitted (the older ones build the state): the
  // fitted moments then look like D — long histories, rich co-purchase counts. A window holding fewer than
  // `sampled` purchases reaches back to the latest `sampled`.
  const window = learning.fitWindowDays > 0 ? until - learning.fitWindowDays : Number.NEGATIVE_INFINITY
  let first = 0
  while (first < events.size && events.day[first]! < window) first++
  first = Math.max(0, Math.min(first, events.size - sampled))
  const stride = sampled > 0 ? Math.max(1, Math.ceil((events.size - first) / sampled)) : Number.POSITIVE_INFINITY
  let x = new Float32Array(1 << 16)
  let product = new Int32Array(1 << 12)
  const bounds: Array<number> = [0]
  const chosen: Array<number> = []
  const cold: Array<number> = []
  const days: Array<number> = []
  const s = emptySummary()
  const seen = new Int32Array(P).fill(-1)
  const options: Array<number> = []
  let random = 1
  let used = 0
  let tail = 0
  // Work since the last pause: a purchase recorded as a choice (a pass over the catalogue and a row of features
  // per alternative) counts as SAMPLED_WORK purchases that only move the state.
  let work = 0
  for (let idx = 0; idx < events.size; idx++) {
    if (work >= PIECE) {
      work = 0
      yield
    }
    work++
    const c = events.customer[idx]!
    const day = events.day[idx]!
    const bought = events.product[idx]!
    // The customer's history before this purchase: its latest `historyLength` purchases, [from, to) of h.
    const to = h.at[idx]!
    const from = keptFrom(h, c, to)
    tail = slide(input, m, tail, idx, day)
    m.day = day
    if (idx >= first && (idx - first) % stride === stride - 1) {
      work += SAMPLED_WORK
      summarise(s, h, from, to, day, input.coldCycle[c]!, p, learning.halfLifeDays, input.preferences)
      const tolerance = input.tolerance[c]!
      const capacity = input.capacity[c]!
      segmentOf(s, h, from, to, c, segments, tolerance, capacity, day)
      const start = used
      let pick = -1
      options.length = 0
      for (let k = 0; k < P; k++) {
        if (k === bought) continue
        const allowed =
          onSaleAt(p, k, day) &&
          p.risk[k]! <= tolerance &&
          p.startingYuan[k]! <= capacity &&
          !heldAt(h, from, to, k, day, p)
        if (allowed) options.push(k)
      }
      // A large catalogue: a uniform sample of the alternatives (the logit stays consistent), so the fit's cost
      // does not grow with the number of products.
      const keep = Math.min(options.length, learning.maxChoices - 1)
      for (let j = 0; j < keep; j++) {
        random = (Math.imul(random, 1_103_515_245) + 12_345) >>> 0
        const q = j + (random % (options.length - j))
        const t = options[j]!
        options[j] = options[q]!
        options[q] = t
      }
      options.length = keep
      options.push(bought)
      options.sort((a, b) => a - b)
      for (const k of options) {
        if (k === bought) pick = used
        product = grow(product, used + 1, (n) => new Int32Array(n))
        x = grow(x, (used + 1) * F, (n) => new Float32Array(n))
        product[used] = k
        fillFeatures(x, used * F, s, tolerance, capacity, p, k, m, config)
        used++
      }
      // A purchase with nothing else to choose from says nothing about preferences.
      if (used - start < 2) used = start
      else {
        chosen.push(pick)
        cold.push(to === from ? 1 : 0)
        days.push(day)
        bounds.push(used)
      }
    }
    const k = bought
    countSegments(m, input.tolerance[c]!, input.coldCycle[c]!, p, k)
    m.recent[k]!++
    m.total[k]!++
    if (m.total[k]! > m.maxTotal) m.maxTotal = m.total[k]!
    if (to === h.start[c]) m.customers++
    let unseen = true
    for (let j = from; j < to && unseen; j++) if (h.product[j] === k) unseen = false
    if (unseen) {
      m.buyers[k]!++
      if (m.co !== null) {
        // Each product the customer bought counts once: `seen` holds the purchase index that last counted it.
        for (let j = from; j < to; j++) {
          const q = h.product[j]!
          if (seen[q] === idx) continue
          seen[q] = idx
          m.co[q * P + k]!++
          m.co[k * P + q]!++
        }
      }
    }
  }
  slide(input, m, tail, events.size, until)
  m.day = until
  return {
    choices: {
      events: chosen.length,
      from: Int32Array.from(bounds),
      chosen: Int32Array.from(chosen),
      product: product.subarray(0, used),
      x: x.subarray(0, used * F),
      features: F,
      products: P
    },
    cold: Uint8Array.from(cold),
    days: Int32Array.from(days),
    histories: h,
    moment: m
  }
}
