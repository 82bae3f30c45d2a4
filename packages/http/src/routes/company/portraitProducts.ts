/**
 * The portrait's product blocks (DOMAIN.md §5): `recommand`, the customer's best products on sale on the
 * analysis date D, none it holds; and `top5Product`, the bank's best sellers of the last 30 days up to D.
 *
 * Both use D, not today: the portrait is a read model of the data as of D, so both blocks stay consistent with
 * the figures next to them (and a recomputed version gives the same answer whenever it is read).
 */
import {
  type DatasetPointer,
  MatchingService,
  type ProductRow,
  type Recommendation,
  recommendFor,
  topSellers
} from "@wm/core"
import { Effect } from "effect"

export interface PortraitProducts {
  readonly recommendations: ReadonlyArray<Recommendation>
  readonly topSellers: ReadonlyArray<ProductRow>
}

const none: PortraitProducts = { recommendations: [], topSellers: [] }

export const portraitProducts = (pointer: DatasetPointer, code: string, held: ReadonlyArray<string>) =>
  Effect.gen(function* () {
    const matching = yield* MatchingService
    const index = yield* matching.indexOf(pointer)
    const i = index.byCode.get(code)
    if (index.day === null) return none
    const found: PortraitProducts = {
      recommendations: i === undefined ? [] : recommendFor(index, i, new Set(held), index.day, matching.config),
      topSellers: topSellers(index, index.day, matching.config).map((p) => p.row)
    }
    return found
  })
