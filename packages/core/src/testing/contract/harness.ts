/** Store lifecycle for the port contract: a fresh, empty store before every test, runs effects against it. */
import { Cause, Effect, Exit, type Layer, ManagedRuntime } from "effect"
import { afterAll, beforeEach, it } from "vitest"
import type { StorePorts } from "../../Ports/StorePorts.js"

export type { StorePorts }

/** An adapter under test. Without `reset`, the suite makes a new store for every test. */
export interface ContractStore {
  readonly layer: Layer.Layer<StorePorts, unknown>
  /** Empties the store; called before each test. */
  readonly reset?: () => Promise<void>
  /** Releases the store once the suite is done with it. */
  readonly close?: () => Promise<void>
}

/** Registers one test whose body runs against the current store. */
export type ContractTest = (title: string, body: Effect.Effect<void, unknown, StorePorts>) => void

/** Installs the per-test lifecycle in the enclosing `describe` and answers the `test` to register with. */
export const useContractStore = (makeStore: () => Promise<ContractStore>): ContractTest => {
  let store: ContractStore | undefined
  let runtime: ManagedRuntime.ManagedRuntime<StorePorts, unknown> | undefined

  const release = async () => {
    await runtime?.dispose()
    await store?.close?.()
    runtime = undefined
    store = undefined
  }

  beforeEach(async () => {
    if (store !== undefined && store.reset === undefined) await release()
    if (store === undefined) {
      store = await makeStore()
      runtime = ManagedRuntime.make(store.layer)
    }
    await store.reset?.()
  })
  afterAll(release)

  return (title, body) =>
    it(title, async () => {
      if (runtime === undefined) throw new Error("the contract store was not set up")
      const exit = await runtime.runPromiseExit(Effect.asVoid(body))
      // Rethrow the assertion error or failure itself, so the runner shows its own message and diff.
      if (Exit.isFailure(exit)) throw Cause.squash(exit.cause)
    })
}
