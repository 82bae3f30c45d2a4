/**
 * What the kept answers' synchronous path (api/memo.ts) takes from the runtime, once, at the first full read: the
 * clock, the token digest, the session cache's accounts and core's write counters. Nothing on a store whose
 * writes this process cannot count (a shared database): answers are then never kept.
 */
import { AccountService, Crypto, ReadGeneration } from "@wm/core"
import { type Clock, Effect, Option } from "effect"
import { syncTokenDigest } from "../infra/NodeCrypto.js"
import type { Memo } from "./memo.js"

export interface MemoSupport {
  readonly clock: Clock.Clock
  readonly hashToken: (token: string) => string
  readonly accounts: AccountService
  readonly generation: ReadGeneration["Type"]
}

/** Gives the memo what its synchronous path needs, once; nothing on a store whose writes it cannot count. */
export const supportMemo = (memo: Memo) =>
  Effect.gen(function* () {
    const generation = yield* Effect.serviceOption(ReadGeneration)
    if (Option.isNone(generation)) return
    const crypto = yield* Crypto
    memo.setSupport({
      clock: yield* Effect.clock,
      hashToken: syncTokenDigest(crypto) ?? ((token) => Effect.runSync(crypto.hashToken(token))),
      accounts: yield* AccountService,
      generation: generation.value
    })
  })
