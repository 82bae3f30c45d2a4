/**
 * Pure mapping rules from Berka values to upload cells: codes, dates, money, direction and channel. Every
 * function throws a BerkaFormatError on a value outside the dataset's documented codes, so a changed or
 * damaged input stops the conversion instead of writing a silently wrong upload file.
 */
import { fixed2 } from "../csv.js"
import { PAD2, parseDay } from "../dates.js"

export class BerkaFormatError extends Error {
  override readonly name = "BerkaFormatError"
}

/** Where a value came from, for error messages: `trans_partial.csv.gz line 17`. */
export type Where = string

const fail = (where: Where, message: string): never => {
  throw new BerkaFormatError(`${where}: ${message}`)
}

/** A positive integer id (account_id, client_id, district A1 …) as written in the file. */
export const berkaId = (text: string, where: Where, column: string): number => {
  if (!/^\d{1,9}$/.test(text)) fail(where, `${column} is not an id: ${JSON.stringify(text)}`)
  return Number(text)
}

/** Berka `YYMMDD` (all 19YY; `card.issued` adds ` 00:00:00`) → `YYYY-MM-DD`. */
export const berkaDate = (text: string, where: Where, column: string): string => {
  const m = /^(\d{2})(\d{2})(\d{2})(?: 00:00:00)?$/.exec(text)
  const day = m === null ? undefined : `19${m[1]}-${m[2]}-${m[3]}`
  if (day === undefined || parseDay(day) === undefined) fail(where, `${column} is not a YYMMDD date: ${text}`)
  return day as string
}

/**
 * A decimal amount (`700.00`, `12.6`, `-1234.5`, `96396`) → integer hundredths, exactly: the digits are
 * read as text, never through a binary float, so `0.29` stays 29.
 */
export const berkaHundredths = (text: string, where: Where, column: string): number => {
  const m = /^(-?)(\d{1,13})(?:\.(\d{1,2}))?$/.exec(text)
  if (m === null) return fail(where, `${column} is not an amount with at most 2 decimals: ${JSON.stringify(text)}`)
  const cents = Number(m[2]) * 100 + Number((m[3] ?? "").padEnd(2, "0"))
  return m[1] === "-" ? -cents : cents
}

/** Money cell of an upload file (two decimals, yuan): Berka crowns are written as they are, not converted. */
export const money = (hundredths: number): string => fixed2(hundredths)

/** Outlet code of a district: `D` + A1 with at least two digits (D01 … D77). */
export const outletCode = (districtId: number): string => `D${PAD2[districtId] ?? String(districtId)}`

/** Customer code of an account. */
export const companyCode = (accountId: number): string => `A${accountId}`

/** Sub-branch code of the region at 0-based `index` in the sorted list of regions: R01, R02 … */
export const branchCode = (index: number): string => `R${String(index + 1).padStart(2, "0")}`

/** The distinct regions in a fixed order (UTF-16 code-unit order, independent of the machine's locale). */
export const sortedRegions = (regions: Iterable<string>): ReadonlyArray<string> =>
  [...new Set(regions)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))

export type Direction = "借" | "贷"

/** trans.type: PRIJEM is a credit (inflow, 贷); VYDAJ and VYBER (cash withdrawal) are debits (outflow, 借). */
export const DIRECTIONS: Readonly<Record<string, Direction>> = { PRIJEM: "贷", VYDAJ: "借", VYBER: "借" }

export const direction = (type: string, where: Where): Direction =>
  DIRECTIONS[type] ?? fail(where, `unknown trans.type ${JSON.stringify(type)} (expected PRIJEM, VYDAJ or VYBER)`)

/**
 * trans.operation → channel (交易渠道), the way the money moved. The README of packages/demo has this table.
 * Empty operation is the interest the bank credits (k_symbol UROK on every such row).
 */
export const OPERATION_CHANNELS: Readonly<Record<string, string>> = {
  "VYBER KARTOU": "卡取现",
  VKLAD: "现金存入",
  "PREVOD Z UCTU": "他行转入",
  VYBER: "现金支取",
  "PREVOD NA UCET": "转账汇出",
  "": "利息"
}

/**
 * Postings the bank makes itself are recorded with operation VYBER (cash withdrawal) in Berka although no
 * cash moves. Their k_symbol says what they are, and it wins over the operation, so the statement fees
 * (5,445 rows of the partial file) do not pass for the customer's own cash withdrawals when the most used
 * channel of a customer is computed (DOMAIN.md §4, channel preference).
 */
export const BANK_POSTING_CHANNELS: Readonly<Record<string, string>> = {
  UROK: "利息",
  "SANKC. UROK": "罚息",
  SLUZBY: "账户服务费"
}

export const channel = (operation: string, kSymbol: string, where: Where): string =>
  BANK_POSTING_CHANNELS[kSymbol] ??
  OPERATION_CHANNELS[operation] ??
  fail(where, `unknown trans.operation ${JSON.stringify(operation)}`)
