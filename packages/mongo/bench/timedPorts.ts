/**
 * Wall time per storage-port method, to see where a pipeline run spends its time (the bench's phase table).
 * Each method of DatasetRepo, CompanyRepo and OrganisationRepo is wrapped: an effect is timed from start to end,
 * a stream (readRows) from its first pull to its end, so a stream's figure includes what its consumer does with
 * each chunk (for the recompute that is small next to reading).
 */
import { CompanyRepo, DatasetRepo, OrganisationRepo } from "@wm/core"
import { Context, Effect, Layer, Stream } from "effect"

export interface PhaseTime {
  calls: number
  ms: number
}

export type PhaseTimes = Map<string, PhaseTime>

const record = (times: PhaseTimes, name: string, ms: number) => {
  const entry = times.get(name) ?? { calls: 0, ms: 0 }
  entry.calls++
  entry.ms += ms
  times.set(name, entry)
}

const timedEffect = <A, E, R>(times: PhaseTimes, name: string, effect: Effect.Effect<A, E, R>) =>
  Effect.suspend(() => {
    const started = performance.now()
    return Effect.ensuring(
      effect,
      Effect.sync(() => record(times, name, performance.now() - started))
    )
  })

const timedStream = <A, E, R>(times: PhaseTimes, name: string, stream: Stream.Stream<A, E, R>) =>
  Stream.suspend(() => {
    const started = performance.now()
    return Stream.ensuring(
      stream,
      Effect.sync(() => record(times, name, performance.now() - started))
    )
  })

/** The same service with every method timed under `<prefix>.<method>`. */
const timedService = <S extends object>(times: PhaseTimes, prefix: string, service: S): S =>
  ({
    // Symbol-keyed capabilities outside the port (the memory store's columnar one) are kept as they are.
    ...service,
    ...Object.fromEntries(
      Object.entries(service).map(([method, fn]) => [
        method,
        (...args: Array<unknown>) => {
          const result = (fn as (...a: Array<unknown>) => unknown)(...args)
          const name = `${prefix}.${method}${method === "writeRows" || method === "readRows" ? `(${args[1]})` : ""}`
          if (Effect.isEffect(result)) return timedEffect(times, name, result)
          if (Stream.StreamTypeId in (result as object))
            return timedStream(times, name, result as Stream.Stream<unknown>)
          return result
        }
      ])
    )
  }) as S

/** Replaces the three repos of `store` with timed ones recording into `times`. */
export const timedPorts = <ROut, E, RIn>(store: Layer.Layer<ROut, E, RIn>, times: PhaseTimes) =>
  Layer.map(store, (context) => {
    const ctx = context as unknown as Context.Context<DatasetRepo | CompanyRepo | OrganisationRepo>
    return Context.merge(
      context,
      Context.make(DatasetRepo, timedService(times, "DatasetRepo", Context.get(ctx, DatasetRepo))).pipe(
        Context.add(CompanyRepo, timedService(times, "CompanyRepo", Context.get(ctx, CompanyRepo))),
        Context.add(OrganisationRepo, timedService(times, "OrganisationRepo", Context.get(ctx, OrganisationRepo)))
      ) as unknown as Context.Context<ROut>
    )
  })
