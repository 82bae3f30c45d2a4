/**
 * The nine upload specs by type, the typed row of each, and the natural key text of a row.
 */
import { companySpec, listedCompanySpec, organizationSpec, shareholderSpec } from "./PartySpecs.js"
import { peerProductSpec, productSpec } from "./ProductSpecs.js"
import type { Fields, RowOf, UploadSpec } from "./Spec.js"
import { financialTradeSpec, holdingSpec, tradeFlowSpec } from "./TradeSpecs.js"
import type { UploadType } from "./UploadType.js"

export const uploadSpecs = {
  organization: organizationSpec,
  company: companySpec,
  trade_flow: tradeFlowSpec,
  product: productSpec,
  peer_product: peerProductSpec,
  holding: holdingSpec,
  financial_trade: financialTradeSpec,
  listed_company: listedCompanySpec,
  shareholder: shareholderSpec
} as const

export type UploadSpecs = typeof uploadSpecs

/** One decoded row of a type: required columns as their value, optional ones as value or null. */
export type UploadRow<T extends UploadType> = RowOf<UploadSpecs[T]["columns"]>

/** The spec of a type, seen through its general shape (for code that handles every type alike). */
export const uploadSpecOf = (type: UploadType): UploadSpec<Fields> => uploadSpecs[type] as unknown as UploadSpec<Fields>

/** The type's column names, in file order. */
export const uploadColumns = (type: UploadType): ReadonlyArray<string> => Object.keys(uploadSpecs[type].columns)

/** The columns a file of the type must have. */
export const requiredUploadColumns = (type: UploadType): ReadonlyArray<string> => {
  const columns = uploadSpecOf(type).columns
  return Object.keys(columns).filter((name) => columns[name]!.required)
}

/** Separates key parts; a unit separator cannot occur in a trimmed cell that a user typed. */
export const KEY_SEPARATOR = "\u001f"

/**
 * The natural key of a decoded row as one string, from canonical values (100 and 100.00 are one amount),
 * so the within-file duplicate check and the de-duplication of appended events agree.
 */
export const naturalKeyOf = <T extends UploadType>(type: T, row: UploadRow<T>): string => {
  const spec = uploadSpecOf(type)
  const values = row as unknown as Record<string, unknown>
  let key = ""
  for (let i = 0; i < spec.naturalKey.length; i++) {
    const name = spec.naturalKey[i]!
    const value = values[name]
    if (i > 0) key += KEY_SEPARATOR
    key += value === null || value === undefined ? "" : spec.columns[name]!.cell.format(value)
  }
  return key
}
