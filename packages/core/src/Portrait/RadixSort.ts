/**
 * Stable LSD radix sort of trade times, for company segments too large for a comparison sort.
 *
 * Keys are (t − min) / unit split into two 32-bit words and sorted 16 bits a pass; trade times are whole
 * seconds, so the unit is usually 1000 ms and one or two passes suffice. Times that are not whole, or that
 * span 2^48 units or more, fall back on a comparison sort with an index tie-break.
 */

const comparisonSort = (time: Float64Array): Int32Array =>
  Int32Array.from({ length: time.length }, (_, i) => i).sort((a, b) => time[a]! - time[b]! || a - b)

/** Indices of `time` in ascending time order, equal times in index order. */
export const sortByTime = (time: Float64Array): Int32Array => {
  const n = time.length
  let min = Number.POSITIVE_INFINITY
  let max = Number.NEGATIVE_INFINITY
  let whole = true
  let seconds = true
  for (let i = 0; i < n; i++) {
    const t = time[i]!
    if (t < min) min = t
    if (t > max) max = t
    if (!Number.isInteger(t)) whole = false
    else if (t % 1000 !== 0) seconds = false
  }
  const unit = seconds ? 1000 : 1
  const range = (max - min) / unit
  if (!whole || range >= 2 ** 48) return comparisonSort(time)
  let idx = new Int32Array(n)
  let lo = new Uint32Array(n)
  let hi = new Uint32Array(n)
  for (let i = 0; i < n; i++) {
    const k = (time[i]! - min) / unit
    idx[i] = i
    lo[i] = k % 4294967296
    hi[i] = Math.floor(k / 4294967296)
  }
  let idx2 = new Int32Array(n)
  let lo2 = new Uint32Array(n)
  let hi2 = new Uint32Array(n)
  const counts = new Int32Array(65537)
  const passes = range < 65536 ? 1 : range < 4294967296 ? 2 : 3
  for (let pass = 0; pass < passes; pass++) {
    // Passes 0 and 1 take the low word's halves, pass 2 the high word (below 2^16 as range < 2^48).
    const key = pass < 2 ? lo : hi
    const shift = pass === 1 ? 16 : 0
    counts.fill(0)
    for (let i = 0; i < n; i++) counts[((key[i]! >>> shift) & 0xffff) + 1]!++
    for (let b = 1; b <= 65536; b++) counts[b]! += counts[b - 1]!
    for (let i = 0; i < n; i++) {
      const to = counts[(key[i]! >>> shift) & 0xffff]!++
      idx2[to] = idx[i]!
      lo2[to] = lo[i]!
      hi2[to] = hi[i]!
    }
    ;[idx, idx2, lo, lo2, hi, hi2] = [idx2, idx, lo2, lo, hi2, hi]
  }
  return idx
}
