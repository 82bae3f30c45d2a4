/**
 * Money and ratio rounding for the portrait engine.
 *
 * Figures are computed in fen (分) at full precision and rounded once, at output. Rounding is half away from
 * zero, the commercial rule (and what SQL `round` does), so a negative average rounds like its positive twin.
 */

/** Integer fen of a yuan amount; exact for the two-decimal amounts uploads carry. */
export const toFen = (yuan: number): number => Math.round(yuan * 100)

export const roundHalfAway = (x: number): number => (x < 0 ? -Math.round(-x) : Math.round(x))

/** Yuan with two decimals from a (possibly fractional) fen value. */
export const fenToYuan = (fen: number): number => roundHalfAway(fen) / 100

/**
 * n / d (integers, d > 0) to `scale` decimals, half away from zero on the exact quotient: one division of
 * exact integers is correctly rounded, so it lands on a true tie exactly; past 2^53 BigInt decides.
 */
const scaledQuotient = (n: number, d: number, scale: number): number => {
  const scaled = n * scale
  if (Math.abs(scaled) < 2 ** 53) return roundHalfAway(scaled / d) / scale
  return Number(roundedBigQuotient(BigInt(n) * BigInt(scale), BigInt(d))) / scale
}

/** A count average, to two decimals. */
export const hundredths = (sum: number, n: number): number => scaledQuotient(sum, n, 100)

/** A 0–1 share to four decimals; 0 when there is nothing to share. */
export const share4 = (part: number, whole: number): number => (whole === 0 ? 0 : scaledQuotient(part, whole, 10_000))

/** round(n / d) half away from zero, exactly (d > 0). */
const roundedBigQuotient = (n: bigint, d: bigint): bigint => {
  const magnitude = (2n * (n < 0n ? -n : n) + d) / (2n * d)
  return n < 0n ? -magnitude : magnitude
}

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b))

/**
 * The mean of m ratios num[i] / den[i] (integers, den > 0) in fen, rounded half away from zero on the exact
 * value. The float mean decides unless it lies near a half fen; then the exact sum over a common
 * denominator does, so a true x.5 (e.g. 153077250.5 fen summed as 153077250.49999997) rounds away.
 */
export const meanOfRatiosFen = (num: ArrayLike<number>, den: ArrayLike<number>, m: number): number => {
  let sum = 0
  for (let i = 0; i < m; i++) sum += num[i]! / den[i]!
  const mean = sum / m
  const magnitude = Math.abs(mean)
  if (Math.abs(magnitude - Math.floor(magnitude) - 0.5) > 1e-12 * magnitude + 1e-9) return roundHalfAway(mean)
  let common = 1n
  for (let i = 0; i < m; i++) {
    const d = BigInt(den[i]!)
    common = (common / gcd(common, d)) * d
  }
  let total = 0n
  for (let i = 0; i < m; i++) total += BigInt(num[i]!) * (common / BigInt(den[i]!))
  return Number(roundedBigQuotient(total, common * BigInt(m)))
}
