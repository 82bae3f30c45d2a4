/**
 * history_top / hold_top (DOMAIN.md §8): the products with the largest purchase amount (认购+申购, all time) or
 * current holding balance over a set of outlets, largest first (ties by product code).
 */
export interface ProductTotal {
  readonly productCode: string
  /** 10⁻⁶ 万元. */
  readonly micro: number
}

export const topProducts = (
  perOutlet: ReadonlyArray<ReadonlyMap<string, number>>,
  outlets: Iterable<number>,
  limit: number
): ReadonlyArray<ProductTotal> => {
  const sums = new Map<string, number>()
  for (const o of outlets) {
    for (const [code, micro] of perOutlet[o] ?? []) sums.set(code, (sums.get(code) ?? 0) + micro)
  }
  return [...sums]
    .filter(([, micro]) => micro > 0)
    .map(([productCode, micro]) => ({ productCode, micro }))
    .sort((a, b) => b.micro - a.micro || (a.productCode < b.productCode ? -1 : a.productCode > b.productCode ? 1 : 0))
    .slice(0, limit)
}
