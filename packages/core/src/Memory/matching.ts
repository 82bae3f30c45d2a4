/**
 * Filter semantics shared by the in-memory repos; other adapters must answer the same (see the contract suite).
 */
export const containsKeyword = (keyword: string | undefined, ...values: ReadonlyArray<string>): boolean => {
  const k = keyword?.trim().toLowerCase()
  return k === undefined || k === "" || values.some((v) => v.toLowerCase().includes(k))
}
