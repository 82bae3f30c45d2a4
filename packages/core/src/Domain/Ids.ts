/**
 * Branded identifiers. A numeric id of one kind can never be passed where another kind is expected.
 */
import { Schema } from "effect"
import { trimmedTextJsonSchema } from "./TextPattern.js"

const PositiveInt = Schema.Int.pipe(Schema.positive())

/** 支行 id (the API calls a sub-branch a *branch*). */
export const BranchId = PositiveInt.pipe(Schema.brand("BranchId"))
export type BranchId = typeof BranchId.Type

/** 网点 id. */
export const OutletId = PositiveInt.pipe(Schema.brand("OutletId"))
export type OutletId = typeof OutletId.Type

export const UserId = PositiveInt.pipe(Schema.brand("UserId"))
export type UserId = typeof UserId.Type

/** An organisation code as the bank writes it (branchCode, outletCode). */
export const OrgCode = Schema.Trim.pipe(
  Schema.nonEmptyString({ message: () => "must not be empty" }),
  Schema.maxLength(32),
  Schema.pattern(/^[A-Za-z0-9_-]+$/, { message: () => "may contain only letters, digits, '_' and '-'" }),
  Schema.brand("OrgCode"),
  // Trim is a transformation: without this the document would show a bare string.
  Schema.annotations({ jsonSchema: { type: "string", minLength: 1, maxLength: 32, pattern: "^[A-Za-z0-9_-]+$" } })
)
export type OrgCode = typeof OrgCode.Type

/** A customer's (企业客户) code. */
export const CompanyCode = Schema.Trim.pipe(
  Schema.nonEmptyString({ message: () => "must not be empty" }),
  Schema.maxLength(64),
  Schema.brand("CompanyCode"),
  Schema.annotations({ jsonSchema: trimmedTextJsonSchema(64) })
)
export type CompanyCode = typeof CompanyCode.Type

export const Username = Schema.Trim.pipe(
  Schema.minLength(2, { message: () => "must have at least 2 characters" }),
  Schema.maxLength(32),
  Schema.pattern(/^[A-Za-z0-9_.@-]+$/, { message: () => "may contain only letters, digits and _ . @ -" }),
  Schema.brand("Username"),
  Schema.annotations({ jsonSchema: { type: "string", minLength: 2, maxLength: 32, pattern: "^[A-Za-z0-9_.@-]+$" } })
)
export type Username = typeof Username.Type
