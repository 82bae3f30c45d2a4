/**
 * Organisations: the bank (分行) has sub-branches (支行, "branch" in the API), each with outlets (网点).
 */
import { Schema } from "effect"
import { BranchId, OrgCode, OutletId, UserId } from "./Ids.js"
import { trimmedTextJsonSchema } from "./TextPattern.js"

/** Who changed a record and when (epoch milliseconds). */
export const Audit = Schema.Struct({
  createdAt: Schema.Number,
  createdBy: Schema.NullOr(UserId),
  updatedAt: Schema.Number,
  updatedBy: Schema.NullOr(UserId)
})

export const OrgName = Schema.Trim.pipe(
  Schema.nonEmptyString({ message: () => "must not be empty" }),
  Schema.maxLength(64),
  Schema.annotations({ jsonSchema: trimmedTextJsonSchema(64) })
)

/** 支行 */
export class Branch extends Schema.Class<Branch>("Branch")({
  id: BranchId,
  code: OrgCode,
  name: OrgName,
  ...Audit.fields
}) {}

/** 网点 */
export class Outlet extends Schema.Class<Outlet>("Outlet")({
  id: OutletId,
  code: OrgCode,
  name: OrgName,
  branchId: BranchId,
  ...Audit.fields
}) {}
