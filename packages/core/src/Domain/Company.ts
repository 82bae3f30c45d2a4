/**
 * A corporate customer (企业客户), as the `company` upload type describes it (DOMAIN.md §2).
 */
import { Schema } from "effect"
import { CompanyCode, OrgCode } from "./Ids.js"

export const RiskRating = Schema.Literal("R1", "R2", "R3", "R4", "R5")
export type RiskRating = typeof RiskRating.Type

export class Company extends Schema.Class<Company>("Company")({
  code: CompanyCode,
  name: Schema.String,
  outletCode: OrgCode,
  linkman: Schema.String,
  contact: Schema.String,
  /** The customer's assessed risk tolerance, when known. */
  riskRating: Schema.NullOr(RiskRating),
  listedCompanyId: Schema.NullOr(Schema.String)
}) {}
