/**
 * The shelf of our 40 wealth products, hand-planned relative to "today" so that every product type and risk
 * level is present, about half are on sale today, some are about to open, and past closed issues mature
 * around today (inside and just before the default 40-day warning window).
 */
import type { ProductType, Risk } from "./types.js"

export interface ProductSpec {
  readonly series: string
  readonly type: ProductType
  readonly risk: Risk
  readonly termDays: number
  /** 万元 */
  readonly startingWan: number
  readonly open: boolean
  /** Sales window as offsets from today in days, inclusive. */
  readonly from: number
  readonly to: number
}

type Head = readonly [series: string, type: ProductType, risk: Risk, termDays: number, startingWan: number]

const open = ([series, type, risk, termDays, startingWan]: Head, from: number, to: number): ProductSpec => ({
  series,
  type,
  risk,
  termDays,
  startingWan,
  open: true,
  from,
  to
})

const closed = (head: Head, from: number, to: number): ProductSpec => ({ ...open(head, from, to), open: false })

/** A closed issue sold in the past whose expiry falls `expiry` days from today (value date = sales end + 1). */
const maturing = (head: Head, expiry: number): ProductSpec => {
  const to = expiry - head[3] - 1
  return closed(head, to - 9, to)
}

export const PRODUCT_SPECS: ReadonlyArray<ProductSpec> = [
  // Open-ended, on sale today: 申购 every workday, each purchase held for termDays.
  open(["企业金", "保本", 1, 7, 1], -960, 300),
  open(["企业金", "保本", 1, 14, 1], -420, 330),
  open(["安心保本", "保本", 1, 30, 5], -900, 200),
  open(["安心保本", "保本", 1, 90, 5], -850, 180),
  open(["稳盈保本", "保本", 2, 180, 10], -800, 260),
  open(["现金宝", "非保本", 1, 7, 1], -990, 365),
  open(["鑫享稳健", "非保本", 2, 30, 1], -940, 220),
  open(["鑫享稳健", "非保本", 2, 90, 5], -880, 150),
  open(["鑫享稳健", "非保本", 2, 180, 10], -700, 190),
  open(["鑫享增利", "非保本", 3, 365, 10], -760, 240),
  open(["固收增强", "非保本", 3, 90, 10], -300, 210),
  open(["精选权益", "非保本", 5, 365, 50], -620, 150),
  open(["量化对冲", "非保本", 4, 180, 50], -500, 120),
  open(["睿远成长", "非保本", 4, 1095, 100], -180, 400),
  // Open-ended whose sales stopped: still held, no longer bought.
  open(["稳盈保本", "保本", 2, 60, 5], -900, -45),
  open(["固收增强", "非保本", 3, 180, 10], -820, -70),
  // Closed issues in subscription (认购) today.
  closed(["稳盈保本", "保本", 2, 365, 10], -6, 8),
  closed(["多元配置", "非保本", 3, 365, 10], -3, 11),
  closed(["精选权益", "非保本", 5, 730, 100], -9, 5),
  closed(["结构性存款", "结构性", 1, 30, 1], -2, 4),
  closed(["结构性存款", "结构性", 2, 91, 5], -5, 6),
  closed(["汇利挂钩汇率", "结构性", 3, 90, 10], -4, 10),
  closed(["结构性存款", "结构性", 2, 365, 5], -1, 13),
  // Closed issues announced, subscription not yet open.
  closed(["安心保本", "保本", 2, 270, 5], 5, 18),
  closed(["精选权益", "非保本", 4, 730, 50], 9, 20),
  closed(["结构性存款", "结构性", 2, 60, 1], 3, 10),
  // Past closed issues, maturing from long ago to two years ahead.
  maturing(["稳盈保本", "保本", 2, 365, 10], 12),
  maturing(["稳盈保本", "保本", 1, 730, 10], 200),
  maturing(["鑫享增利", "非保本", 3, 540, 10], 25),
  maturing(["多元配置", "非保本", 4, 730, 50], 320),
  maturing(["精选权益", "非保本", 5, 1095, 100], 600),
  maturing(["鑫享增利", "非保本", 3, 270, 10], -3),
  maturing(["鑫享稳健", "非保本", 2, 60, 5], -120),
  maturing(["结构性存款", "结构性", 2, 91, 5], 33),
  maturing(["结构性存款", "结构性", 2, 182, 5], -60),
  maturing(["结构性存款", "结构性", 2, 182, 5], 5),
  maturing(["金利挂钩黄金", "结构性", 3, 365, 10], 90),
  maturing(["智远挂钩沪深300", "结构性", 4, 365, 50], -200),
  maturing(["结构性存款", "结构性", 1, 30, 1], -2),
  maturing(["雪球增强", "结构性", 5, 540, 100], 150)
]

export const termLabel = (days: number): string =>
  days === 365 ? "1年" : days === 540 ? "18个月" : days === 730 ? "2年" : days === 1095 ? "3年" : `${days}天`

/** Yield curve + risk premium: plausible 1.5–6 % a year benchmarks. */
export const benchmarkRate = (type: ProductType, risk: Risk, termDays: number, noise: number): number => {
  const curve = 1.55 + 0.38 * Math.log(termDays / 7)
  const typeAdj = type === "保本" ? -0.2 : type === "结构性" ? 0.3 : 0
  const rate = curve + 0.45 * (risk - 1) + typeAdj + noise
  return Math.round(Math.min(6, Math.max(1.5, rate)) * 100) / 100
}
