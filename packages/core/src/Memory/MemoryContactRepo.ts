/**
 * The embedded store's ContactRepo over a RecordBacking ("contacts" by customer code): the reference behaviour.
 */
import { Effect, Option } from "effect"
import type { ContactOverride, ContactRepo } from "../Ports/ContactRepo.js"
import { plainCodec, RecordTable } from "../Records/RecordTable.js"

export const makeMemoryContactRepo = Effect.gen(function* () {
  const byCode = yield* RecordTable.load("contacts", plainCodec<ContactOverride>())
  return {
    find: (companyCode) => Effect.sync(() => Option.fromNullable(byCode.get(companyCode))),
    // A copy: a caller mutating its object later must not change what was saved.
    save: (override) => byCode.put(override.companyCode, { ...override })
  } satisfies ContactRepo["Type"]
})
