/**
 * In-memory ContactRepo: the reference behaviour for the port.
 */
import { Effect, Option } from "effect"
import type { ContactOverride, ContactRepo } from "../Ports/ContactRepo.js"

export const makeMemoryContactRepo = (): ContactRepo["Type"] => {
  const byCode = new Map<string, ContactOverride>()
  return {
    find: (companyCode) => Effect.sync(() => Option.fromNullable(byCode.get(companyCode))),
    save: (override) =>
      Effect.sync(() => {
        byCode.set(override.companyCode, { ...override })
      })
  }
}
