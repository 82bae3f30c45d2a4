/**
 * Node implementation of core's Crypto port: scrypt password hashes (self-describing, salted),
 * 256-bit random session tokens, SHA-256 token digests.
 */
import { hash, randomBytes, scrypt, timingSafeEqual } from "node:crypto"
import { Crypto } from "@wm/core"
import { Effect, Layer } from "effect"

export interface ScryptCost {
  /** CPU/memory cost, a power of two. 2^15 in production; tests may lower it. */
  readonly N: number
  readonly r: number
  readonly p: number
}

export const productionCost: ScryptCost = { N: 2 ** 15, r: 8, p: 1 }

const derive = (password: string, salt: Buffer, cost: ScryptCost, length: number) =>
  Effect.async<Buffer>((resume) => {
    scrypt(password, salt, length, { ...cost, maxmem: 256 * cost.N * cost.r }, (err, key) =>
      resume(err ? Effect.die(err) : Effect.succeed(key))
    )
  })

/** A token's digest, as `hashToken` gives it: by the one-shot `crypto.hash` (a third of `createHash`'s time). */
const tokenDigest = (token: string) => hash("sha256", token, "hex")

/** The services made here: their `hashToken` is `tokenDigest`, which a synchronous caller may use directly. */
const made = new WeakSet<object>()

/** The synchronous `hashToken` of a Crypto service made here; undefined for any other implementation. */
export const syncTokenDigest = (crypto: object): ((token: string) => string) | undefined =>
  made.has(crypto) ? tokenDigest : undefined

const service = (cost: ScryptCost): Crypto["Type"] => {
  const crypto: Crypto["Type"] = {
    hashPassword: (password) =>
      Effect.gen(function* () {
        const salt = randomBytes(16)
        const key = yield* derive(password, salt, cost, 32)
        return `scrypt$${cost.N}$${cost.r}$${cost.p}$${salt.toString("base64")}$${key.toString("base64")}`
      }),
    verifyPassword: (password, hash) =>
      Effect.gen(function* () {
        const [scheme, N, r, p, salt, key] = hash.split("$")
        if (scheme !== "scrypt" || key === undefined || salt === undefined) return false
        const expected = Buffer.from(key, "base64")
        const actual = yield* derive(
          password,
          Buffer.from(salt, "base64"),
          { N: Number(N), r: Number(r), p: Number(p) },
          expected.length
        )
        return timingSafeEqual(actual, expected)
      }),
    needsRehash: (hash) => {
      const [scheme, N, r, p] = hash.split("$")
      return scheme !== "scrypt" || Number(N) !== cost.N || Number(r) !== cost.r || Number(p) !== cost.p
    },
    newToken: () => Effect.sync(() => randomBytes(32).toString("base64url")),
    hashToken: (token) => Effect.sync(() => tokenDigest(token))
  }
  made.add(crypto)
  return crypto
}

export const layer = (cost: ScryptCost = productionCost) => Layer.sync(Crypto, () => service(cost))
