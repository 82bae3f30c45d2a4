/**
 * Storage port for server-side sessions and the sign-in log.
 */
import { Context, type Effect, type Option } from "effect"
import type { UserId } from "../Domain/Ids.js"
import type { Session, SignInEvent } from "../Domain/User.js"
import type { StorageError } from "../Errors.js"

export class SessionRepo extends Context.Tag("@wm/core/SessionRepo")<
  SessionRepo,
  {
    readonly insert: (session: Session) => Effect.Effect<void, StorageError>
    readonly find: (tokenHash: string) => Effect.Effect<Option.Option<Session>, StorageError>
    readonly touch: (tokenHash: string, at: number) => Effect.Effect<void, StorageError>
    readonly delete: (tokenHash: string) => Effect.Effect<void, StorageError>
    /** Revokes every session of the user except, optionally, one. */
    readonly deleteForUser: (userId: UserId, except?: string) => Effect.Effect<number, StorageError>
  }
>() {}

export interface SignInQuery {
  readonly from: number
  readonly to: number
  readonly successOnly?: boolean | undefined
}

export class SignInLog extends Context.Tag("@wm/core/SignInLog")<
  SignInLog,
  {
    readonly record: (event: SignInEvent) => Effect.Effect<void, StorageError>
    /** Events with from <= at <= to, oldest first. */
    readonly list: (query: SignInQuery) => Effect.Effect<ReadonlyArray<SignInEvent>, StorageError>
  }
>() {}
