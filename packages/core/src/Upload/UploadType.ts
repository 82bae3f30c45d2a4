/**
 * The nine kinds of file the bank uploads (DOMAIN.md §2), and the code sets their rows may point into.
 *
 * Snapshot types replace the type's data when applied; event types are appended and de-duplicated by their
 * natural key, so a re-uploaded month of transactions does not count twice.
 */
import { Schema } from "effect"

export const UploadType = Schema.Literal(
  "organization",
  "company",
  "trade_flow",
  "product",
  "peer_product",
  "holding",
  "financial_trade",
  "listed_company",
  "shareholder"
)
export type UploadType = typeof UploadType.Type

/** Every type, in the order the bank usually uploads them (things referenced come first). */
export const uploadTypes: ReadonlyArray<UploadType> = UploadType.literals

export type UploadKind = "snapshot" | "event"

/**
 * Codes a row may reference. The caller builds them from the current data plus the codes defined by the
 * right files of the batch being prepared, so a new outlet and its first customers can arrive together.
 * Where a batch replaces a snapshot type, pass that batch's codes rather than the data about to be replaced.
 */
export interface References {
  readonly outletCodes: ReadonlySet<string>
  readonly companyCodes: ReadonlySet<string>
  readonly productCodes: ReadonlySet<string>
  readonly listedCompanyIds: ReadonlySet<string>
}

export type ReferenceSet = keyof References

/** What an unknown code is called in a row error. */
export const referenceNoun: Record<ReferenceSet, string> = {
  outletCodes: "outlet",
  companyCodes: "customer (company)",
  productCodes: "product",
  listedCompanyIds: "listed company"
}
