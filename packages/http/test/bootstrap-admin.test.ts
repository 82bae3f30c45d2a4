// The bootstrap admin on an empty store: created once, even when several instances start at the same moment.
import { MemoryStore, UserRepo } from "@wm/core"
import { Effect, Layer } from "effect"
import { expect, it } from "vitest"
import { ensureBootstrapAdmin } from "../src/demo/bootstrap.js"
import * as NodeCrypto from "../src/infra/NodeCrypto.js"
import { cheapScrypt } from "./support/harness.js"

const layer = Layer.merge(MemoryStore.layer, NodeCrypto.layer(cheapScrypt))

it("creates the admin on an empty store and leaves an existing one alone", async () => {
  const [first, second, count] = await Effect.gen(function* () {
    const first = yield* ensureBootstrapAdmin("root_admin", "Kestrel-Harbour-42")
    const second = yield* ensureBootstrapAdmin("root_admin", "Kestrel-Harbour-42")
    return [first, second, yield* (yield* UserRepo).count({})] as const
  }).pipe(Effect.provide(layer), Effect.runPromise)
  expect([first, second, count]).toEqual([true, false, 1])
})

it("of two instances starting at once on one empty store, exactly one creates the admin and neither fails", async () => {
  const [results, count] = await Effect.gen(function* () {
    const results = yield* Effect.all(
      [
        ensureBootstrapAdmin("root_admin", "Kestrel-Harbour-42"),
        ensureBootstrapAdmin("root_admin", "Kestrel-Harbour-42")
      ],
      { concurrency: 2 }
    )
    return [results, yield* (yield* UserRepo).count({})] as const
  }).pipe(Effect.provide(layer), Effect.runPromise)
  expect([...results].sort()).toEqual([false, true])
  expect(count).toBe(1)
})
