/**
 * Throttling of password guesses, in place of an account lock anyone could trigger (OWASP ASVS 2.2.1).
 *
 * - Per account and client address: after `maxFailedSignIns` failures in a row from one address, that address is
 *   refused for `lockoutMs`. Other addresses, the owner's among them, are not affected.
 * - Per account, over every address: once `slowdownAfter` failures happened within `slowdownWindowMs`, guesses
 *   from addresses that are not the account's usual ones are let through at most once per interval, the interval
 *   doubling with every further failure up to `maxSlowdownMs`. This slows a guesser with many addresses and never
 *   locks anyone out; an address the account signed in from successfully in the last `usualAddressMs` is exempt.
 * - Per address, over every account (password spraying: one address trying a few passwords on many accounts):
 *   once failures at `sprayAfter` different accounts came from one address within `sprayWindowMs`, its guesses
 *   are slowed the same way, except at accounts for which it is a usual address (their owners sign in as ever).
 *
 * Accounts are keyed by the username as typed (lower-cased), whether or not it exists, so unknown and real
 * usernames are throttled alike. The state lives in the store (ThrottleStore): every instance on it applies a
 * throttle another one started, and a restart does not lift it.
 */
import { Effect } from "effect"
import type { StorageError } from "../Errors.js"
import { ThrottleStore } from "../Ports/ThrottleStore.js"

export interface ThrottleSettings {
  readonly maxFailedSignIns: number
  readonly lockoutMs: number
  readonly slowdownAfter: number
  readonly slowdownWindowMs: number
  readonly slowdownMs: number
  readonly maxSlowdownMs: number
  readonly usualAddressMs: number
  readonly sprayAfter: number
  readonly sprayWindowMs: number
}

export const defaultThrottleSettings: Omit<ThrottleSettings, "maxFailedSignIns" | "lockoutMs"> = {
  slowdownAfter: 20,
  slowdownWindowMs: 60 * 60_000,
  slowdownMs: 5_000,
  maxSlowdownMs: 5 * 60_000,
  usualAddressMs: 30 * 24 * 60 * 60_000,
  sprayAfter: 10,
  sprayWindowMs: 60 * 60_000
}

/** Why a guess was refused before its password was looked at: its address at this account, the account, the address. */
export type Throttled = "address" | "account" | "spraying"

export interface SignInThrottle {
  /** Whether a guess at `account` from `address` may be checked now; called before the password is verified. */
  readonly check: (account: string, address: string, now: number) => Effect.Effect<Throttled | undefined, StorageError>
  /** Counts a wrong password; answers whether this failure started a lock of the address at the account. */
  readonly fail: (account: string, address: string, now: number) => Effect.Effect<boolean, StorageError>
  /** A right password: the address's failures are forgotten and it becomes one of the account's usual ones. */
  readonly succeed: (account: string, address: string, now: number) => Effect.Effect<void, StorageError>
}

const pairKey = (account: string, address: string) => `pair\u0000${account}\u0000${address}`
const usualKey = (account: string, address: string) => `usual\u0000${account}\u0000${address}`
const accountKey = (account: string) => `account\u0000${account}`
const addressKey = (address: string) => `address\u0000${address}`

export const makeSignInThrottle = (settings: ThrottleSettings) =>
  Effect.map(ThrottleStore, (store): SignInThrottle => {
    const wait = (beyond: number) => Math.min(settings.slowdownMs * 2 ** Math.min(beyond, 30), settings.maxSlowdownMs)
    const isUsual = (account: string, address: string, now: number) =>
      Effect.map(store.read([usualKey(account, address)], now), ([usual]) => usual !== undefined)
    /** Counts a failure under a slowed key; past `after`, blocks it for the next interval. */
    const slow = (key: string, now: number, windowMs: number, after: number, exempt: boolean) =>
      Effect.flatMap(store.hit(key, now, windowMs), (entry) =>
        entry.count >= after && !exempt ? store.block(key, now + wait(entry.count - after)) : Effect.void
      )

    return {
      check: (account, address, now) =>
        Effect.map(
          store.read(
            [pairKey(account, address), usualKey(account, address), addressKey(address), accountKey(account)],
            now
          ),
          ([pair, usual, byAddress, byAccount]): Throttled | undefined => {
            if (pair !== undefined && pair.blockedUntil > now) return "address"
            if (usual !== undefined) return undefined
            const slowed = (entry: typeof pair, after: number, windowMs: number) =>
              entry !== undefined && entry.count >= after && now - entry.lastAt < windowMs && now < entry.blockedUntil
            if (slowed(byAddress, settings.sprayAfter, settings.sprayWindowMs)) return "spraying"
            if (slowed(byAccount, settings.slowdownAfter, settings.slowdownWindowMs)) return "account"
            return undefined
          }
        ),

      fail: (account, address, now) =>
        Effect.gen(function* () {
          const usual = yield* isUsual(account, address, now)
          // A lock that ended, or failures older than a lock would last, start the count again.
          const pair = yield* store.hit(pairKey(account, address), now, settings.lockoutMs)
          const locks = pair.count >= settings.maxFailedSignIns
          if (locks) yield* store.block(pairKey(account, address), now + settings.lockoutMs)
          yield* slow(accountKey(account), now, settings.slowdownWindowMs, settings.slowdownAfter, usual)
          // The address's first failure at this account in a while: one more account it tried.
          if (pair.count === 1) {
            yield* slow(addressKey(address), now, settings.sprayWindowMs, settings.sprayAfter, usual)
          }
          return locks
        }),

      succeed: (account, address, now) =>
        // The account-wide count stays: a guesser elsewhere must not get a fresh start from the owner's sign-in.
        Effect.zipRight(
          store.clear(pairKey(account, address)),
          Effect.asVoid(store.hit(usualKey(account, address), now, settings.usualAddressMs))
        )
    }
  })
