/**
 * Export types 14 未登录详情 and 21 登录详情 (DOMAIN.md §8–9; no list route in the document): the accounts behind
 * the login statistics. `info`: starttime, endtime (epoch ms, both ends included, absent: no bound), branchId,
 * outletId — as GET /api/statistics/login. Accounts are those the login statistics count for the rows the caller
 * would see (its scope, narrowed by branchId / outletId); bank-level accounts belong to no row.
 *
 * 14: the accounts without a successful sign-in in the period, by account name — as many rows as the login
 * list's 未登录账号数 summed over its rows. 21: every sign-in attempt of those accounts in the period, oldest
 * first, with its result; the accounts with a 成功 row are the list's 已登录账号数.
 */
import { type Actor, InvalidInput, type SignInEvent, SignInLog, type User } from "@wm/core"
import { Effect, Schema } from "effect"
import { OrgQuery, PeriodQuery, statsContext } from "../routes/statistics/context.js"
import { checkPeriod } from "../routes/statistics/lists.js"
import { allUsers } from "../routes/statistics/login.js"
import type { ExportColumn } from "./catalogue.js"
import { membersOf } from "./members.js"
import { decodeInfo } from "./params.js"
import { type ExportSource, sliced } from "./source.js"

const LoginInfo = Schema.Struct({ ...PeriodQuery, ...OrgQuery })

const roleNames: Record<number, string> = {
  1: "分行管理员",
  2: "分行客户经理",
  3: "支行管理员",
  4: "网点客户经理",
  5: "支行客户经理"
}

const check = (_actor: Actor, info: Record<string, unknown>) =>
  Effect.tap(decodeInfo(LoginInfo, info, true), (q) =>
    Effect.mapError(checkPeriod(q), (e) => new InvalidInput({ field: `info.${e.field}`, reason: e.reason }))
  )

/** The accounts of the selection and the period's sign-in events (all, or successes only). */
const selection = (actor: Actor, info: Record<string, unknown>, successOnly: boolean) =>
  Effect.gen(function* () {
    const query = yield* check(actor, info)
    const { tree, scope } = yield* statsContext(actor.user)
    const members = membersOf(tree, scope, query)
    const users = (yield* allUsers).filter(members.hasUser)
    const events = yield* Effect.flatMap(SignInLog, (log) =>
      log.list({ from: query.starttime ?? 0, to: query.endtime ?? Number.MAX_SAFE_INTEGER, successOnly })
    )
    const account = (u: User) => ({
      username: u.username,
      name: u.name,
      role: roleNames[u.role] ?? String(u.role),
      branch: members.branchName(u.branchId),
      outlet: members.outletNameById(u.outletId)
    })
    return { users, events, account }
  })

const accountColumns: ReadonlyArray<ExportColumn> = [
  { header: "账号", field: "username", kind: "text" },
  { header: "姓名", field: "name", kind: "text" },
  { header: "角色", field: "role", kind: "text" },
  { header: "所属支行", field: "branch", kind: "text" },
  { header: "所属网点", field: "outlet", kind: "text" }
]

export const notSignedIn: ExportSource = {
  columns: [...accountColumns, { header: "创建时间", field: "createdAt", kind: "datetime" }],
  check,
  read: (actor, info) =>
    Effect.map(selection(actor, info, true), ({ users, events, account }) => {
      const signedIn = new Set(events.flatMap((e) => (e.userId === null ? [] : [e.userId as number])))
      const rest = users
        .filter((u) => !signedIn.has(u.id))
        .sort((a, b) => (a.username < b.username ? -1 : a.username > b.username ? 1 : 0))
      return sliced(rest, (u) => ({ ...account(u), createdAt: u.createdAt }))
    })
}

const resultOf = (e: SignInEvent) =>
  e.success ? "成功" : e.reason === "locked" ? "失败（账号锁定）" : "失败（账号或密码错误）"

export const signIns: ExportSource = {
  columns: [
    { header: "登录时间", field: "at", kind: "datetime" },
    ...accountColumns,
    { header: "结果", field: "result", kind: "text" }
  ],
  check,
  read: (actor, info) =>
    Effect.map(selection(actor, info, false), ({ users, events, account }) => {
      const byId = new Map(users.map((u) => [u.id as number, u]))
      const mine = events.filter((e) => e.userId !== null && byId.has(e.userId))
      return sliced(mine, (e) => ({ at: e.at, ...account(byId.get(e.userId as number)!), result: resultOf(e) }))
    })
}
