/**
 * The advisor zone's caller: the staff identity the bank's gateway puts in `X-Consumer-Custom-ID`, and, when the
 * deployment configures ADVISOR_ZONE_SECRET, the shared secret it adds in `X-Advisor-Zone-Secret`.
 */
import { timingSafeEqual } from "node:crypto"
import { InvalidInput, NotSignedIn } from "@wm/core"
import { Effect } from "effect"
import type { Context } from "hono"
import { HttpConfig } from "../HttpConfig.js"

export const STAFF_HEADER = "X-Consumer-Custom-ID"
export const SECRET_HEADER = "X-Advisor-Zone-Secret"

const sameText = (a: string, b: string) => {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

export const staffOf = (c: Context) =>
  Effect.gen(function* () {
    const { advisorZoneSecret } = yield* HttpConfig
    if (advisorZoneSecret !== undefined && !sameText(c.req.header(SECRET_HEADER) ?? "", advisorZoneSecret)) {
      return yield* new NotSignedIn()
    }
    const staff = c.req.header(STAFF_HEADER)?.trim() ?? ""
    if (staff === "")
      return yield* new InvalidInput({ field: STAFF_HEADER, reason: "is required (the staff identity)" })
    if (staff.length > 200)
      return yield* new InvalidInput({ field: STAFF_HEADER, reason: "must have at most 200 characters" })
    return staff
  })
