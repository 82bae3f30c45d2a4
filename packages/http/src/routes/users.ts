/**
 * 用户管理: listing, reading, creating, editing, deleting users and resetting their passwords.
 */
import { BranchId, OutletId, PersonName, UserAdminService, UserId, Username } from "@wm/core"
import { Clock, Effect, Schema } from "effect"
import { IntLike, intTextPattern, Keyword, OptionalIdParam, PagingQuery, RoleParam, space } from "../api/params.js"
import { defineRoute } from "../api/route.js"
import { lockOutEnd, UserView, userView } from "./views.js"

const tag = "账户-登录"
const UserIdParam = IntLike(UserId, { minimum: 1, description: "用户ID" })

const Placement = {
  name: PersonName,
  role: RoleParam,
  subbranchId: OptionalIdParam(BranchId).annotations({
    description: "支行ID; required for roles 3–5, 0 or absent otherwise"
  }),
  outletId: OptionalIdParam(OutletId).annotations({ description: "网点ID; required for role 4, 0 or absent otherwise" })
}
/** A positive id as a number or its text: what subbranchId and outletId must be where the role needs them. */
const positiveId = {
  anyOf: [
    { type: "integer", minimum: 1, maximum: Number.MAX_SAFE_INTEGER },
    { type: "string", pattern: intTextPattern(1, Number.MAX_SAFE_INTEGER) }
  ]
}
const roleIn = (roles: ReadonlyArray<number>) => ({
  required: ["role"],
  properties: {
    role: { anyOf: [{ enum: roles }, { type: "string", pattern: `^${space}*0*(?:${roles.join("|")})${space}*$` }] }
  }
})

/** JSON Schema's if/then: with one of `roles`, `field` is required and a positive id. */
const requiredFor = (roles: ReadonlyArray<number>, field: string) => ({
  if: roleIn(roles),
  // biome-ignore lint/suspicious/noThenProperty: JSON Schema's `then` keyword, not a thenable
  then: { required: [field], properties: { [field]: positiveId } }
})

/**
 * Roles 3–5 belong to a sub-branch and role 4 to an outlet too: the field is then required (stated in the document
 * as if/then, checked here so the answer names it before anything is looked up).
 */
const withPlacementRule = <
  A extends { readonly role: number; readonly subbranchId?: unknown; readonly outletId?: unknown },
  I
>(
  schema: Schema.Schema<A, I>
) =>
  schema.pipe(
    Schema.filter(
      (b) =>
        [3, 4, 5].includes(b.role) && b.subbranchId === undefined
          ? { path: ["subbranchId"], message: `is required for role ${b.role}` }
          : b.role === 4 && b.outletId === undefined
            ? { path: ["outletId"], message: `is required for role ${b.role}` }
            : true,
      {
        jsonSchema: {
          allOf: [requiredFor([3, 4, 5], "subbranchId"), requiredFor([4], "outletId")]
        }
      }
    )
  )

const draftOf = (b: {
  name: string
  role: Schema.Schema.Type<typeof RoleParam>
  subbranchId?: BranchId | undefined
  outletId?: OutletId | undefined
}) => ({
  name: b.name,
  role: b.role,
  branchId: b.subbranchId,
  outletId: b.outletId
})

const withNow = <A>(f: (now: number) => A) => Effect.map(Clock.currentTimeMillis, f)

const userList = defineRoute({
  method: "get",
  path: "/api/usermanage/user_list",
  tag,
  summary: "用户列表 List users",
  description:
    "Bank admins see every user; sub-branch admins the users of roles 3–5 in their sub-branch; others are refused.",
  access: "user",
  query: Schema.Struct({ keyword: Keyword.annotations({ description: "员工编号或姓名" }), ...PagingQuery.fields }),
  response: Schema.Struct({ total: Schema.Int, userList: Schema.Array(UserView) }),
  // Kept until a write of the users or the organisation, or the end of a lock-out shown.
  memo: true,
  handle: ({ actor, query, changesAt }) =>
    Effect.gen(function* () {
      const found = yield* (yield* UserAdminService).list(actor, query.keyword, query)
      return yield* withNow((now) => {
        changesAt(lockOutEnd(found.items, now))
        return { total: found.total, userList: found.items.map((p) => userView(p, now)) }
      })
    })
})

const userDetail = defineRoute({
  method: "get",
  path: "/api/usermanage/user_detail",
  tag,
  summary: "用户详情 A user's details",
  description: "Without userId, the caller's own details.",
  access: "user",
  query: Schema.Struct({ userId: Schema.optional(UserIdParam) }),
  response: UserView,
  memo: true,
  handle: ({ actor, query, changesAt }) =>
    Effect.gen(function* () {
      const profile = yield* (yield* UserAdminService).detail(actor, query.userId)
      return yield* withNow((now) => {
        changesAt(lockOutEnd([profile], now))
        return userView(profile, now)
      })
    })
})

const editUser = defineRoute({
  method: "post",
  path: "/api/usermanage/user_detail",
  tag,
  summary: "编辑用户信息 Edit a user",
  access: "user",
  body: withPlacementRule(Schema.Struct({ userId: UserIdParam, ...Placement })),
  response: UserView,
  handle: ({ actor, body }) =>
    Effect.gen(function* () {
      const profile = yield* (yield* UserAdminService).edit(actor, body.userId, draftOf(body))
      return yield* withNow((now) => userView(profile, now))
    })
})

const createUser = defineRoute({
  method: "post",
  path: "/api/usermanage/create_user",
  tag,
  summary: "创建用户 Create a user",
  description: "The new user gets the configured initial password and must change it at first sign-in.",
  access: "user",
  body: withPlacementRule(Schema.Struct({ username: Username.annotations({ description: "账号" }), ...Placement })),
  response: UserView,
  handle: ({ actor, body }) =>
    Effect.gen(function* () {
      const profile = yield* (yield* UserAdminService).create(actor, body.username, draftOf(body))
      return yield* withNow((now) => userView(profile, now))
    })
})

const deleteUser = defineRoute({
  method: "post",
  path: "/api/usermanage/delete_user",
  tag,
  summary: "删除用户 Delete a user",
  description: "Nobody may delete itself or the last bank admin. The user's sessions end.",
  access: "user",
  body: Schema.Struct({ userId: UserIdParam }),
  response: Schema.Null,
  handle: ({ actor, body }) =>
    Effect.as(
      Effect.flatMap(UserAdminService, (s) => s.delete(actor, body.userId)),
      null
    )
})

const resetPassword = defineRoute({
  method: "post",
  path: "/api/usermanage/reset_password",
  tag,
  summary: "重置密码 Reset a user's password",
  description: "Back to the configured initial password, initialized 0; the user's sessions end.",
  access: "user",
  body: Schema.Struct({ userId: UserIdParam }),
  response: Schema.Null,
  handle: ({ actor, body }) =>
    Effect.as(
      Effect.flatMap(UserAdminService, (s) => s.resetPassword(actor, body.userId)),
      null
    )
})

export const userRoutes = [userList, userDetail, editUser, createUser, deleteUser, resetPassword]
