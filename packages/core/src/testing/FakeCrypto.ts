/**
 * A fast, deterministic Crypto for unit tests only. It is not secure and is never wired into a server.
 */
import { Effect, Layer } from "effect"
import { Crypto } from "../Ports/Crypto.js"

export const FakeCrypto = Layer.sync(Crypto, () => {
  let counter = 0
  return {
    hashPassword: (password) => Effect.succeed(`fake$${[...password].reverse().join("")}`),
    verifyPassword: (password, hash) =>
      Effect.succeed(hash.replace(/^old\$/, "fake$") === `fake$${[...password].reverse().join("")}`),
    /** Hashes written as `old$…` (by tests) stand for hashes of an earlier cost. */
    needsRehash: (hash) => hash.startsWith("old$"),
    newToken: () => Effect.sync(() => `token-${++counter}-${Math.random().toString(36).slice(2)}`),
    hashToken: (token) => Effect.succeed(`h:${token}`)
  }
})
