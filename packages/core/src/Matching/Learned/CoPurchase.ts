/**
 * Co-purchase (customers who bought what you bought also bought …) and popularity, read from a market moment.
 * While the moment moves (fitting) each value is computed on demand; at D `freeze` caches them per product and
 * per pair with the same functions, so fitted and served features are the same numbers.
 */
import type { FrozenMoment, MarketMoment } from "./Columns.js"
import { productAt, productShareAt, type Summary } from "./Summary.js"

/** Cosine of the buyer sets of products q and k. */
export const cosineOf = (m: MarketMoment, q: number, k: number, size: number): number => {
  const both = m.co === null ? 0 : m.co[q * size + k]!
  return both > 0 ? both / Math.sqrt(m.buyers[q]! * m.buyers[k]!) : 0
}

/** ln of how much more often than chance q's buyers also bought k (smoothed by one co-buyer). */
export const liftOf = (m: MarketMoment, q: number, k: number, size: number): number =>
  m.co === null || m.customers === 0
    ? 0
    : Math.log(((m.co[q * size + k]! + 1) * m.customers) / (m.buyers[q]! * m.buyers[k]! + m.customers))

export const logRecentOf = (m: MarketMoment, k: number): number => Math.log1p(m.recent[k]!)
export const logTotalOf = (m: MarketMoment, k: number): number => Math.log1p(m.total[k]!)
/** The rules' popularity: log purchases relative to the best seller's. */
export const popularityOf = (m: MarketMoment, k: number): number =>
  m.maxTotal > 0 ? Math.log1p(m.total[k]!) / Math.log1p(m.maxTotal) : 0

const pairs = (m: MarketMoment, size: number, f: typeof cosineOf): Float64Array | null => {
  if (m.co === null) return null
  const table = new Float64Array(size * size)
  for (let q = 0; q < size; q++) for (let k = 0; k < size; k++) table[q * size + k] = f(m, q, k, size)
  return table
}

/** Caches every product and pair value of the moment; it must not move afterwards. */
export const freeze = (m: MarketMoment, size: number): void => {
  const column = (f: (m: MarketMoment, k: number) => number) => Float64Array.from({ length: size }, (_, k) => f(m, k))
  const frozen: FrozenMoment = {
    cosine: pairs(m, size, cosineOf),
    lift: pairs(m, size, liftOf),
    logRecent: column(logRecentOf),
    logTotal: column(logTotalOf),
    popularity: column(popularityOf)
  }
  m.frozen = frozen
}

/** Share-weighted sum over the products the customer bought (k itself left out) of a pair value. */
const overHistory = (
  s: Summary,
  k: number,
  m: MarketMoment,
  size: number,
  f: typeof cosineOf,
  table: Float64Array | null,
  weighted = true
) => {
  let sum = 0
  for (let j = 0; j < s.productCount; j++) {
    const q = productAt(s, j)
    if (q === k) continue
    sum += (weighted ? productShareAt(s, j) : 1) * (table === null ? f(m, q, k, size) : table[q * size + k]!)
  }
  return sum
}

/** Co-purchase affinity of k with what the customer bought (cosine of buyer sets). */
export const coPurchase = (s: Summary, k: number, m: MarketMoment, size: number): number =>
  m.co === null ? 0 : overHistory(s, k, m, size, cosineOf, m.frozen?.cosine ?? null)

/** Co-purchase lift of k with what the customer bought. */
export const coPurchaseLift = (s: Summary, k: number, m: MarketMoment, size: number): number =>
  m.co === null ? 0 : overHistory(s, k, m, size, liftOf, m.frozen?.lift ?? null)

/**
 * The lifts of k with every distinct product the customer bought, summed: each purchase adds its evidence, as the
 * log-odds of a latent taste grow with each purchase that reveals it.
 */
export const coPurchaseLiftSum = (s: Summary, k: number, m: MarketMoment, size: number): number =>
  m.co === null ? 0 : overHistory(s, k, m, size, liftOf, m.frozen?.lift ?? null, false)

/**
 * The three co-purchase sums of k with what the customer bought in one pass (each pair value computed once):
 * [coPurchase, coPurchaseLift, coPurchaseLiftSum], the same numbers as the three functions above.
 */
export const coPurchaseSums = (s: Summary, k: number, m: MarketMoment, size: number, out: Float64Array): void => {
  let cosine = 0
  let lift = 0
  let liftSum = 0
  if (m.co !== null) {
    const cosines = m.frozen?.cosine ?? null
    const lifts = m.frozen?.lift ?? null
    for (let j = 0; j < s.productCount; j++) {
      const q = productAt(s, j)
      if (q === k) continue
      const share = productShareAt(s, j)
      cosine += share * (cosines === null ? cosineOf(m, q, k, size) : cosines[q * size + k]!)
      const l = lifts === null ? liftOf(m, q, k, size) : lifts[q * size + k]!
      lift += share * l
      liftSum += l
    }
  }
  out[0] = cosine
  out[1] = lift
  out[2] = liftSum
}
