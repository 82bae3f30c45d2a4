/**
 * The embedded store's CompanyRepo over a RecordBacking ("companies" by code): the reference behaviour.
 */
import { Effect, Option } from "effect"
import { Company } from "../Domain/Company.js"
import type { CompanyRepo } from "../Ports/CompanyRepo.js"
import { classCodec } from "../Records/Counters.js"
import { RecordTable } from "../Records/RecordTable.js"
import { byCodeUnits } from "./matching.js"

export const makeMemoryCompanyRepo = Effect.gen(function* () {
  const companies = yield* RecordTable.load("companies", classCodec(Company))
  const lock = yield* Effect.makeSemaphore(1)
  return {
    countByOutlet: (outletCode) =>
      Effect.sync(() => [...companies.values()].filter((c) => c.outletCode === outletCode).length),
    moveOutlet: (from, to) =>
      Effect.suspend(() => {
        const moved = [...companies.values()]
          .filter((c) => c.outletCode === from)
          .map((c) => new Company({ ...c, outletCode: to }))
        return Effect.as(companies.putAll(moved.map((c) => [c.code, c] as const)), moved.length)
      }).pipe(lock.withPermits(1)),
    list: () => Effect.sync(() => [...companies.values()].sort((a, b) => byCodeUnits(a.code, b.code))),
    findByCode: (code) => Effect.sync(() => Option.fromNullable(companies.get(code))),
    replaceAll: (list) =>
      Effect.suspend(() => {
        const next = new Map(list.map((c) => [c.code as string, c]))
        const gone = [...companies.entries()].filter(([code]) => !next.has(code)).map(([code]) => [code, undefined])
        return companies.putAll([...gone, ...next] as ReadonlyArray<readonly [string, Company | undefined]>)
      }).pipe(lock.withPermits(1))
  } satisfies CompanyRepo["Type"]
})
