/**
 * The columns the learned score reads: the product catalogue reduced to numbers, the bank's purchase counts at a
 * moment (overall, recent, distinct buyers, co-purchases).
 */
import { parseDay } from "../../Portrait/Calendar.js"
import type { MatchProduct } from "../MatchTypes.js"
import type { Segments } from "./Segments.js"

export interface ProductColumns {
  readonly size: number
  readonly risk: Uint8Array
  /** Index into `cycleBuckets` of the product's term. */
  readonly term: Uint8Array
  /** Index into PRODUCT_TYPES of the product's type (产品类型); NO_TYPE for any other. */
  readonly type: Uint8Array
  readonly termDays: Float64Array
  /** ln of the term in days (at least 1). */
  readonly logTermDays: Float64Array
  readonly rate: Float64Array
  readonly startingYuan: Float64Array
  /** ln of the starting amount in 万元 (at least 0.001) and in yuan. */
  readonly logStartWan: Float64Array
  readonly logStart: Float64Array
  /** Sales window as day numbers (NaN when unreadable: never on sale). */
  readonly saleFrom: Float64Array
  readonly saleTo: Float64Array
}

/** The product types of the product file (产品类型), as the learned score tells them apart. */
export const PRODUCT_TYPES = ["保本", "非保本", "结构性"] as const
export const NO_TYPE = PRODUCT_TYPES.length

const typeIndex = (type: string) => {
  const at = (PRODUCT_TYPES as ReadonlyArray<string>).indexOf(type)
  return at < 0 ? NO_TYPE : at
}

/** The columns read from the catalogue; the logarithms beside them are derived (derivedColumns). */
export type CatalogueColumns = Omit<ProductColumns, "logTermDays" | "logStartWan" | "logStart">

/** The catalogue's columns with the logarithms the features read, each computed once. */
export const derivedColumns = (c: CatalogueColumns): ProductColumns => ({
  ...c,
  logTermDays: c.termDays.map((days) => Math.log(Math.max(days, 1))),
  logStartWan: c.startingYuan.map((yuan) => Math.log(Math.max(yuan / 10_000, 1e-3))),
  logStart: c.startingYuan.map(Math.log)
})

export const productColumns = (products: ReadonlyArray<MatchProduct>): ProductColumns =>
  derivedColumns({
    size: products.length,
    risk: Uint8Array.from(products, (p) => p.risk),
    term: Uint8Array.from(products, (p) => p.termBucket),
    type: Uint8Array.from(products, (p) => typeIndex(p.row.productType)),
    termDays: Float64Array.from(products, (p) => p.row.termDays),
    rate: Float64Array.from(products, (p) => p.row.expectedRate),
    startingYuan: Float64Array.from(products, (p) => p.startingYuan),
    saleFrom: Float64Array.from(products, (p) => parseDay(p.row.salesStart)),
    saleTo: Float64Array.from(products, (p) => parseDay(p.row.salesEnd))
  })

export const onSaleAt = (p: ProductColumns, k: number, day: number): boolean =>
  p.saleFrom[k]! <= day && day <= p.saleTo[k]!

/** What the bank's customers bought up to a moment, per product. */
export interface MarketMoment {
  /** Purchases in the recent days up to the moment, and all purchases up to it. */
  readonly recent: Float64Array
  readonly total: Float64Array
  /** Distinct customers who bought the product. */
  readonly buyers: Float64Array
  /** co[j × size + k]: customers who bought both j and k (null when the catalogue is too large for the table). */
  readonly co: Float32Array | null
  maxTotal: number
  /** Customers with at least one purchase. */
  customers: number
  /** Co-purchase segments fitted on the purchases up to D (null: too few purchases or switched off). */
  readonly segments: Segments | null
  /** The moment's day number (a fitted purchase's day, then D). */
  day: number
  /**
   * Purchases by segment, the shrinkage target of a customer's revealed shares: segRisk[tolerance × 6 + level]
   * by declared tolerance, segTerm[cycle × 4 + bucket] by balance-derived cycle.
   */
  readonly segRisk: Float64Array
  readonly segTerm: Float64Array
  /** Per-pair and per-product values cached once the moment stops moving (D); see CoPurchase.freeze. */
  frozen: FrozenMoment | null
}

export interface FrozenMoment {
  readonly cosine: Float64Array | null
  readonly lift: Float64Array | null
  readonly logRecent: Float64Array
  readonly logTotal: Float64Array
  readonly popularity: Float64Array
}

export const emptyMoment = (size: number, coPurchase: boolean, segments: Segments | null): MarketMoment => ({
  segments,
  recent: new Float64Array(size),
  total: new Float64Array(size),
  buyers: new Float64Array(size),
  co: coPurchase ? new Float32Array(size * size) : null,
  maxTotal: 0,
  customers: 0,
  day: 0,
  segRisk: new Float64Array(36),
  segTerm: new Float64Array(16),
  frozen: null
})
