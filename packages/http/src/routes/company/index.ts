/**
 * 用户画像: a customer's portrait, customer search and code/name suggestions, read from the portrait read model
 * of the active data version (DOMAIN.md §3). Every read is scoped: a customer outside the caller's scope
 * answers 10007 exactly like a missing one.
 *
 * Scope follows the sub-branch and outlet a portrait was computed with (the last update or recompute), so
 * the detail, the search and the suggestions always agree; an organisation change shows after the next one.
 */
import { contact } from "./contact.js"
import { detail } from "./detail.js"
import { detailLegacy } from "./legacy.js"
import { search, suggestion } from "./lists.js"
import { match, matchLegacy } from "./match.js"
import { matchModel } from "./matchModel.js"
import { recommand } from "./recommand.js"
import { tradeHistory } from "./tradeHistory.js"

export { MAX_SUGGESTIONS } from "./lists.js"
export const companyRoutes = [
  detail,
  detailLegacy,
  search,
  suggestion,
  tradeHistory,
  contact,
  match,
  matchLegacy,
  matchModel,
  recommand
]
