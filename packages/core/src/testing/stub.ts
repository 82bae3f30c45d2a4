/**
 * Partial port layers for tests: methods a test does not provide fail loudly when called.
 */
import { type Context, Effect, Layer } from "effect"

export const stub = <I, S extends object>(tag: Context.Tag<I, S>, partial: Partial<S>): Layer.Layer<I> =>
  Layer.succeed(
    tag,
    new Proxy(partial as S, {
      get(target, prop, receiver) {
        if (typeof prop === "symbol" || prop in target) return Reflect.get(target, prop, receiver)
        return () => Effect.die(`${tag.key}.${prop} was called but this test did not stub it`)
      }
    })
  )
