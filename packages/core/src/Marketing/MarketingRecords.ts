/**
 * Writing and reading marketing records (营销记录, DOMAIN.md §7, §1).
 *
 * A record belongs to its author. The author may read, edit and delete it; an admin (分行管理员, 支行管理员) whose
 * scope holds the customer may too. Anyone else — another relationship manager, or anyone outside the customer's
 * scope — is answered exactly as for a record that does not exist. Whether the customer is in the caller's scope
 * is the caller's question (it depends on the data version): these functions take the answer.
 */
import { Clock, Effect, Option, Random } from "effect"
import type { Actor } from "../Accounts/Actor.js"
import type { PageRequest } from "../Domain/Paging.js"
import { InvalidInput, NotFound } from "../Errors.js"
import { MarketingRepo } from "../Ports/MarketingRepo.js"
import type { MarketingRecord, MarketingType } from "./MarketingTypes.js"

/** The earliest 营销时间 accepted: 2000-01-01 (UTC; a day either way does not matter here). */
export const EARLIEST_MARKETING_TIME = Date.UTC(2000, 0, 1)
const DAY_MS = 86_400_000

export interface MarketingInput {
  readonly type: MarketingType
  readonly remark: string
  readonly createTime: number
}

/** Admins read and change every record of the customers in their scope. */
export const isScopeAdmin = (actor: Actor): boolean => actor.user.role === 1 || actor.user.role === 3

/** 营销时间 must lie between 2000 and a day after now (a contact is recorded after it happened). */
export const checkCreateTime = (createTime: number, now: number): Effect.Effect<number, InvalidInput> =>
  createTime < EARLIEST_MARKETING_TIME
    ? Effect.fail(new InvalidInput({ field: "createTime", reason: "must not be before 2000-01-01" }))
    : createTime > now + DAY_MS
      ? Effect.fail(new InvalidInput({ field: "createTime", reason: "must not be more than a day in the future" }))
      : Effect.succeed(createTime)

/** checkCreateTime against the Clock: callers check input before they look anything up. */
export const checkCreateTimeNow = (createTime: number) =>
  Effect.flatMap(Clock.currentTimeMillis, (now) => checkCreateTime(createTime, now))

/** Ids sort by creation: the creation time in base 36, then random digits. */
const newId = (now: number) =>
  Effect.map(
    Random.nextIntBetween(0, 36 ** 6),
    (n) => `${now.toString(36).padStart(9, "0")}${n.toString(36).padStart(6, "0")}`
  )

export const createMarketing = (actor: Actor, companyCode: string, input: MarketingInput) =>
  Effect.gen(function* () {
    const now = yield* Clock.currentTimeMillis
    yield* checkCreateTime(input.createTime, now)
    const record: MarketingRecord = {
      id: yield* newId(now),
      companyCode,
      type: input.type,
      remark: input.remark,
      createTime: input.createTime,
      authorId: actor.user.id,
      authorName: actor.user.name,
      createdAt: now,
      updatedAt: now,
      updatedBy: actor.user.id
    }
    yield* Effect.flatMap(MarketingRepo, (repo) => repo.insert(record))
    return record
  })

/**
 * The record as `actor` may change it; `customerInScope` answers whether the record's customer is in the caller's
 * scope. Not found when the caller may not see the record.
 */
export const recordFor = <E, R>(
  actor: Actor,
  id: string,
  customerInScope: (companyCode: string) => Effect.Effect<boolean, E, R>
) =>
  Effect.gen(function* () {
    const missing = new NotFound({ entity: "marketing record", key: id })
    const found = yield* Effect.flatMap(MarketingRepo, (repo) => repo.find(id))
    if (Option.isNone(found)) return yield* missing
    const record = found.value
    if (!(yield* customerInScope(record.companyCode))) return yield* missing
    if (record.authorId !== actor.user.id && !isScopeAdmin(actor)) return yield* missing
    return record
  })

export const editMarketing = (actor: Actor, record: MarketingRecord, input: MarketingInput) =>
  Effect.gen(function* () {
    const now = yield* Clock.currentTimeMillis
    yield* checkCreateTime(input.createTime, now)
    const next: MarketingRecord = { ...record, ...input, updatedAt: now, updatedBy: actor.user.id }
    yield* Effect.flatMap(MarketingRepo, (repo) => repo.update(next))
    return next
  })

export const deleteMarketing = (record: MarketingRecord) =>
  Effect.flatMap(MarketingRepo, (repo) => repo.delete(record.id))

/** A customer's records the caller may read: all for an admin of the scope, otherwise the caller's own. */
export const listMarketing = (actor: Actor, companyCode: string, page: PageRequest) =>
  Effect.flatMap(MarketingRepo, (repo) =>
    repo.listByCompany({ companyCode, authorId: isScopeAdmin(actor) ? undefined : actor.user.id }, page)
  )
