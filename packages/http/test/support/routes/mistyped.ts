/**
 * Wrong values shared by several routes of the table, each paired with the field it must be reported on.
 * JSON bodies get wrong types and shapes; query strings are text, so their wrong values are wrong text.
 */

export const passwordMistyped = [
  ["pwd", 12345678],
  ["pwd", ""],
  ["newPwd", null],
  ["newPwd", "x".repeat(129)],
  ["newPwdConfirm", ["Another-Quiet-2027"]]
] as const

export const idMistyped = (field: string) =>
  [
    [field, "x"],
    [field, 0],
    [field, -3],
    [field, 1.5],
    [field, true],
    [field, null],
    [field, "12abc"]
  ] as const

export const placementMistyped = [
  ["role", 9],
  ["role", 0],
  ["role", "x"],
  ["role", 2.5],
  ["name", ""],
  ["name", 42],
  ["name", "x".repeat(65)],
  ["subbranchId", "abc"],
  ["subbranchId", -1],
  ["outletId", 1.5],
  ["outletId", { id: 1 }]
] as const

export const codeMistyped = (field: string) =>
  [
    [field, 7],
    [field, ""],
    [field, "   "],
    [field, "bad code!"],
    [field, "x".repeat(33)],
    [field, ["B1O1"]]
  ] as const

export const nameMistyped = (field: string) =>
  [
    [field, ""],
    [field, 12],
    [field, "x".repeat(65)]
  ] as const

export const typeMistyped = [
  ["type", "nope"],
  ["type", 5],
  ["type", ["company"]]
] as const

/** Page and page size of a list route's query string. */
export const pageMistyped = [
  ["page", "abc"],
  ["page", "0"],
  ["page", "1.5"],
  ["page", "-2"],
  ["count", "abc"],
  ["count", "0"],
  ["count", "1e3"]
] as const

/** Paging of a list route that also filters by keyword. */
export const pagingMistyped = [...pageMistyped, ["keyword", "k".repeat(101)]] as const

/** An optional organisation id in a query string (0 means none; negatives, fractions and words are wrong). */
export const orgIdQueryMistyped = (field: string) =>
  [
    [field, "x"],
    [field, "-1"],
    [field, "2.5"],
    [field, "0x10"]
  ] as const

/** A customer code in a JSON body: text of 1–64 characters. */
export const companyCodeMistyped = (field: string) =>
  [
    [field, ""],
    [field, "   "],
    [field, "x".repeat(65)],
    [field, 42],
    [field, ["C1"]]
  ] as const
