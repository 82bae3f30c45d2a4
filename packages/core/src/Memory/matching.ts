/**
 * Filter semantics shared by the in-memory repos; other adapters must answer the same (see the contract suite).
 */
export const containsKeyword = (keyword: string | undefined, ...values: ReadonlyArray<string>): boolean => {
  const k = keyword?.trim().toLowerCase()
  return k === undefined || k === "" || values.some((v) => v.toLowerCase().includes(k))
}

/** Binary order of codes, as databases sort strings; locale-aware order would differ between stores. */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
