/**
 * The order of the purchases in time for the learned score's replay, without sorting objects: a stable counting
 * sort by day, then within a day by the exact time only where the file did not already give it (trade files are
 * usually in time order, or carry one time a day). Purchases at the same time keep their file order.
 */

/** Positions 0…n−1 ordered by (ms[i], i); `day[i]` = the day number of ms[i]. */
export const timeOrder = (ms: Float64Array, day: Int32Array): Int32Array => {
  const n = ms.length
  const order = new Int32Array(n)
  let sorted = true
  for (let i = 1; i < n && sorted; i++) if (ms[i]! < ms[i - 1]!) sorted = false
  if (sorted) {
    for (let i = 0; i < n; i++) order[i] = i
    return order
  }
  let lo = day[0]!
  let hi = day[0]!
  for (let i = 1; i < n; i++) {
    if (day[i]! < lo) lo = day[i]!
    if (day[i]! > hi) hi = day[i]!
  }
  const start = new Int32Array(hi - lo + 2)
  for (let i = 0; i < n; i++) start[day[i]! - lo + 1]!++
  for (let d = 1; d < start.length; d++) start[d]! += start[d - 1]!
  const at = start.slice()
  for (let i = 0; i < n; i++) order[at[day[i]! - lo]!++] = i
  for (let d = 0; d + 1 < start.length; d++) {
    const a = start[d]!
    const b = start[d + 1]!
    let inOrder = true
    for (let j = a + 1; j < b && inOrder; j++) if (ms[order[j]!]! < ms[order[j - 1]!]!) inOrder = false
    if (!inOrder) order.subarray(a, b).sort((x, y) => ms[x]! - ms[y]! || x - y)
  }
  return order
}
