/**
 * Per-transaction choices for ordinary account activity: which channel, which counterparty bank, and how
 * amounts get rounded. Kept apart from the balance walk in tradeFlow.ts so each rule can be read alone.
 */
import type { Rng } from "./rng.js"
import type { WealthChannel } from "./types.js"

/** counterpartyBank value meaning "another account in our bank" (empty also counts as in-bank). */
export const OUR_BANK_CODE = "OURBANK"

const OTHER_BANKS = [
  "中国工商银行",
  "中国建设银行",
  "中国农业银行",
  "中国银行",
  "交通银行",
  "招商银行",
  "浦发银行",
  "兴业银行",
  "中信银行",
  "民生银行",
  "杭州银行",
  "宁波银行",
  "浙商银行",
  "中国邮政储蓄银行"
]
const OTHER_WEIGHTS = [6, 5, 4, 4, 3, 3, 2, 2, 2, 1.5, 2.5, 1.5, 1.5, 1]
const CHANNELS = ["网银", "手机银行", "柜台", "ATM"]
const CHANNEL_WEIGHTS = [0.42, 0.32, 0.2, 0.06]

export const otherBank = (rng: Rng): string => rng.weighted(OTHER_BANKS, OTHER_WEIGHTS)

/**
 * Payroll days and the pre-Spring-Festival bonus season send debits through 批量代发; otherwise the firm's
 * favourite channel dominates, which is what lets a not-bought customer's channel preference be inferred.
 */
export const pickChannel = (rng: Rng, preferred: WealthChannel, payroll: boolean): string =>
  payroll && rng.chance(0.6) ? "批量代发" : rng.chance(0.55) ? preferred : rng.weighted(CHANNELS, CHANNEL_WEIGHTS)

/** Cash (ATM, half of counter business) and batch payroll have no counterparty bank; transfers do. */
export const counterparty = (rng: Rng, channel: string, inBankShare: number): string => {
  if (channel === "ATM" || channel === "批量代发" || (channel === "柜台" && rng.chance(0.5))) return ""
  return rng.chance(inBankShare) ? OUR_BANK_CODE : otherBank(rng)
}

/** Cash comes in hundreds up to the ATM limit; many business payments are round sums. */
export const shapeAmount = (rng: Rng, cents: number, channel: string): number => {
  if (channel === "ATM")
    return Math.min(Math.max(10_000, Math.round(cents / 10_000) * 10_000), rng.int(5, 200) * 10_000)
  const r = rng.next()
  if (r < 0.08 && cents >= 5_000_000) return Math.round(cents / 1_000_000) * 1_000_000
  if (r < 0.35 && cents >= 100_000) return Math.round(cents / 10_000) * 10_000
  return cents
}
