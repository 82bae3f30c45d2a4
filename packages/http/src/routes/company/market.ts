/**
 * The market index of the active data version together with the caller's scope, for the matching routes.
 */
import { MatchingService, type PortraitFilter, type User } from "@wm/core"
import { Effect, Option } from "effect"
import { activeVersion, scopeFilterOf } from "./access.js"

/** None before the first update; `filter` is null when the caller sees no customer at all. */
export const marketOf = (user: User) =>
  Effect.gen(function* () {
    const pointer = yield* activeVersion
    if (Option.isNone(pointer)) return Option.none()
    const matching = yield* MatchingService
    const index = yield* matching.indexOf(pointer.value)
    const filter: PortraitFilter | null = Option.getOrNull(yield* scopeFilterOf(user))
    return Option.some({ pointer: pointer.value, index, config: matching.config, filter })
  })
