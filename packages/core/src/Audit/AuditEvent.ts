/**
 * Audit events (审计日志): who did what, when, from which address, and with what outcome. Events carry ids and
 * counts, never passwords, tokens or customer data beyond an id (OWASP ASVS 7.1).
 */
import { Schema } from "effect"

/**
 * What happened. Kinds that other features record as they land: `export` (create_download), `marketing_record_edit`
 * and `marketing_record_delete`, `advisor_product_change` (the advisor zone).
 */
export const AuditKind = Schema.Literal(
  "sign_in",
  "sign_in_failed",
  "sign_in_throttled",
  "sign_out",
  "password_change",
  "password_reset",
  "user_create",
  "user_edit",
  "user_delete",
  "organisation_change",
  "upload",
  "apply",
  "recompute",
  "setting_change",
  "export",
  "marketing_record_edit",
  "marketing_record_delete",
  "advisor_product_change"
).annotations({ identifier: "AuditKind" })
export type AuditKind = typeof AuditKind.Type

/** A detail value: ids, codes, counts, flags. */
export const AuditValue = Schema.Union(Schema.String, Schema.Number, Schema.Boolean, Schema.Null)
export type AuditValue = typeof AuditValue.Type
export type AuditDetails = Readonly<Record<string, AuditValue>>

export const AuditEvent = Schema.Struct({
  /** Unique, and ordered like the events within one store. */
  id: Schema.String,
  /** Epoch ms. */
  at: Schema.Number,
  kind: AuditKind,
  outcome: Schema.Literal("success", "failure"),
  /** The acting user; null for a sign-in under an unknown username, or the system. */
  userId: Schema.NullOr(Schema.Int),
  /** The acting user's username, or the username a failed sign-in typed. */
  username: Schema.String,
  role: Schema.NullOr(Schema.Int),
  /** The actor's sub-branch and outlet then: a sub-branch admin reads the events of its sub-branch. */
  branchId: Schema.NullOr(Schema.Int),
  outletId: Schema.NullOr(Schema.Int),
  /** The client address (behind trusted proxies, the forwarded one); "internal" for the server's own actions. */
  address: Schema.String,
  /** What was acted on, e.g. "user:12", "outlet:B1O1", "type:product". */
  target: Schema.NullOr(Schema.String),
  details: Schema.Record({ key: Schema.String, value: AuditValue })
}).annotations({ identifier: "AuditEvent" })
export type AuditEvent = typeof AuditEvent.Type

/** An event before the store gave it its id. */
export type NewAuditEvent = Omit<AuditEvent, "id">
