/**
 * Port for the cryptography accounts need: slow salted password hashes and session tokens.
 * Core stays free of runtime APIs; the Node adapter uses scrypt and random bytes.
 */
import { Context, type Effect } from "effect"

export class Crypto extends Context.Tag("@wm/core/Crypto")<
  Crypto,
  {
    readonly hashPassword: (password: string) => Effect.Effect<string>
    readonly verifyPassword: (password: string, hash: string) => Effect.Effect<boolean>
    /** Whether a stored hash was made with other parameters than hashPassword uses now (to re-hash at sign-in). */
    readonly needsRehash: (hash: string) => boolean
    /** A fresh unguessable bearer token. */
    readonly newToken: () => Effect.Effect<string>
    /** A one-way digest of a token, which is all the store keeps. */
    readonly hashToken: (token: string) => Effect.Effect<string>
  }
>() {}
