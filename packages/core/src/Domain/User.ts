/**
 * Users (bank staff), their sessions and sign-in events.
 */
import { Schema } from "effect"
import { BranchId, OutletId, UserId, Username } from "./Ids.js"
import { Role } from "./Role.js"
import { trimmedTextJsonSchema } from "./TextPattern.js"

export const PersonName = Schema.Trim.pipe(
  Schema.nonEmptyString({ message: () => "must not be empty" }),
  Schema.maxLength(64),
  Schema.annotations({ jsonSchema: trimmedTextJsonSchema(64) })
)

export class User extends Schema.Class<User>("User")({
  id: UserId,
  username: Username,
  name: PersonName,
  role: Role,
  /** Set for roles 3–5. */
  branchId: Schema.NullOr(BranchId),
  /** Set for role 4. */
  outletId: Schema.NullOr(OutletId),
  /** Salted slow hash (scrypt), self-describing: never the password itself. */
  passwordHash: Schema.String,
  /** false until the user replaced the initial password. */
  initialized: Schema.Boolean,
  failedSignIns: Schema.Int,
  lockedUntil: Schema.NullOr(Schema.Number),
  createdAt: Schema.Number,
  createdBy: Schema.NullOr(UserId),
  updatedAt: Schema.Number
}) {}

/** A server-side session; the store keeps only a hash of the bearer token. */
export class Session extends Schema.Class<Session>("Session")({
  tokenHash: Schema.String,
  userId: UserId,
  createdAt: Schema.Number,
  lastSeenAt: Schema.Number
}) {}

export class SignInEvent extends Schema.Class<SignInEvent>("SignInEvent")({
  userId: Schema.NullOr(UserId),
  username: Schema.String,
  at: Schema.Number,
  success: Schema.Boolean,
  reason: Schema.NullOr(Schema.Literal("bad_credentials", "locked"))
}) {}
