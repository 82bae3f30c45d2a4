/**
 * 波动程度: the coefficient of variation (population standard deviation / |mean|) against the thresholds.
 *
 * Monthly counts hit the thresholds exactly and often (counts 1 and 3: CV is exactly 0.5), where floating
 * point may land on either side. So the float CV decides only when it is clearly away from a threshold;
 * otherwise the exact test q²·(nΣx² − (Σx)²) < p²·(Σx)² runs in BigInt, with the threshold read as the
 * decimal fraction p/q it is written as. Series are integers (fen, counts) or ratios of integers.
 */
import type { FluctuationDegree, FluctuationThresholds } from "./PortraitTypes.js"

export interface CompiledThresholds {
  readonly low: number
  readonly medium: number
  readonly lowP: bigint
  readonly lowQ: bigint
  readonly mediumP: bigint
  readonly mediumQ: bigint
}

/** p/q exactly as the number is written in decimal ("0.2" → 2/10, "1e-7" → 1/10⁷). */
const decimalFraction = (t: number): readonly [bigint, bigint] => {
  const [mantissa = "0", exponent = "0"] = t.toString().split("e")
  const [whole = "0", fraction = ""] = mantissa.split(".")
  const scale = fraction.length - Number(exponent)
  const p = BigInt(whole + fraction) * 10n ** BigInt(Math.max(0, -scale))
  return [p, 10n ** BigInt(Math.max(0, scale))]
}

export const compileThresholds = (t: FluctuationThresholds): CompiledThresholds => {
  if (!(Number.isFinite(t.low) && Number.isFinite(t.medium) && t.low >= 0 && t.medium >= t.low)) {
    throw new RangeError(`fluctuation thresholds must satisfy 0 ≤ low ≤ medium, got ${t.low} / ${t.medium}`)
  }
  const [lowP, lowQ] = decimalFraction(t.low)
  const [mediumP, mediumQ] = decimalFraction(t.medium)
  return { low: t.low, medium: t.medium, lowP, lowQ, mediumP, mediumQ }
}

const exactDegree = (ys: ReadonlyArray<bigint>, t: CompiledThresholds): FluctuationDegree => {
  let s = 0n
  let q = 0n
  for (const y of ys) {
    s += y
    q += y * y
  }
  if (s === 0n) return "无"
  const spread = BigInt(ys.length) * q - s * s
  const s2 = s * s
  if (t.lowQ * t.lowQ * spread < t.lowP * t.lowP * s2) return "低"
  if (t.mediumQ * t.mediumQ * spread < t.mediumP * t.mediumP * s2) return "中"
  return "高"
}

const near = (cv: number, threshold: number): boolean => Math.abs(cv - threshold) <= 1e-7 * threshold + 1e-12

/**
 * Degree from a series' moments: n values, their sum, the sum of their absolute values and m2 = Σ(x − mean)².
 * `sumIsExact` says the sum carries no rounding (integers whose absolute sum stays below 2^53); `exact`
 * yields the series as integers with the same CV (e.g. scaled to a common denominator), used near a threshold.
 */
export const degreeOfMoments = (
  n: number,
  sum: number,
  absSum: number,
  m2: number,
  sumIsExact: boolean,
  t: CompiledThresholds,
  exact: () => ReadonlyArray<bigint>
): FluctuationDegree => {
  if (absSum === 0) return "无"
  if (sumIsExact && sum === 0) return "无"
  // A rounded sum near zero cannot tell a zero mean from a tiny one.
  if (!sumIsExact && Math.abs(sum) <= 1e-9 * absSum) return exactDegree(exact(), t)
  const cv = Math.sqrt(m2 / n) / Math.abs(sum / n)
  if (near(cv, t.low) || near(cv, t.medium)) return exactDegree(exact(), t)
  return cv < t.low ? "低" : cv < t.medium ? "中" : "高"
}

/** Degree of a short series of ratios num[i] / den[i] (monthly averages, or plain integers with den 1). */
export const degreeOfRatios = (
  num: ArrayLike<number>,
  den: ArrayLike<number>,
  n: number,
  t: CompiledThresholds
): FluctuationDegree => {
  let sum = 0
  let absSum = 0
  let integral = true
  for (let i = 0; i < n; i++) {
    const x = num[i]! / den[i]!
    sum += x
    absSum += Math.abs(x)
    if (!Number.isInteger(x)) integral = false
  }
  const mean = sum / n
  let m2 = 0
  for (let i = 0; i < n; i++) m2 += (num[i]! / den[i]! - mean) ** 2
  return degreeOfMoments(n, sum, absSum, m2, integral && absSum < 2 ** 53, t, () => {
    let common = 1n
    for (let i = 0; i < n; i++) common = lcm(common, BigInt(den[i]!))
    return Array.from({ length: n }, (_, i) => BigInt(num[i]!) * (common / BigInt(den[i]!)))
  })
}

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b))
const lcm = (a: bigint, b: bigint): bigint => (a / gcd(a, b)) * b
