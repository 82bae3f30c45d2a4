/**
 * GET /api/statistics/login: accounts and sign-ins per organisation (DOMAIN.md §8), from the users and the recorded
 * sign-ins; rows, sorting and ranks as the other statistics lists.
 */
import { loginFigures, SignInLog, type User, UserRepo } from "@wm/core"
import { Effect, Schema } from "effect"
import { PagingQuery } from "../../api/params.js"
import { defineRoute } from "../../api/route.js"
import { KeywordQuery, OrgQuery, PeriodQuery, sortQuery, statsContext, tag } from "./context.js"
import { checkPeriod, rowsText } from "./lists.js"
import { type Column, tableAnswer, tableResponse } from "./table.js"

const loginColumns: ReadonlyArray<Column> = [
  { name: "totalAcountQuantity", description: "总账号数 (the document's spelling)" },
  { name: "loginQuantity", description: "已登录账号数: signed in successfully during the period" },
  { name: "notLoginQuantity", description: "未登录账号数" }
]

const same = (sums: ReadonlyArray<number>) => sums

/** Every user, read in pages. */
export const allUsers = Effect.gen(function* () {
  const repo = yield* UserRepo
  const users: Array<User> = []
  for (let page = 1; ; page++) {
    const found = yield* repo.list({}, { page, count: 1000 })
    users.push(...found.items)
    if (found.items.length < 1000) return users
  }
})

export const login = defineRoute({
  method: "get",
  path: "/api/statistics/login",
  tag,
  summary: "登录情况统计列表 Accounts and sign-ins per organisation",
  description:
    `${rowsText} Accounts: users assigned to the organisation (a sub-branch's own staff count for the sub-branch); ` +
    "signed in: at least one successful sign-in in [starttime, endtime].",
  access: "user",
  memo: true,
  query: Schema.Struct({
    ...PagingQuery.fields,
    ...PeriodQuery,
    ...KeywordQuery,
    ...OrgQuery,
    ...sortQuery(3, "1 总账号数 2 已登录 3 未登录")
  }),
  response: tableResponse("LoginStatistics", loginColumns),
  handle: ({ actor, query }) =>
    Effect.gen(function* () {
      yield* checkPeriod(query)
      const { tree, scope } = yield* statsContext(actor.user)
      const events = yield* Effect.flatMap(SignInLog, (log) =>
        log.list({ from: query.starttime ?? 0, to: query.endtime ?? Number.MAX_SAFE_INTEGER, successOnly: true })
      )
      const signedIn = new Set(events.flatMap((e) => (e.userId === null ? [] : [e.userId as number])))
      const outletCodes = new Map(tree.outlets.map((o) => [o.id as number, o.code as string]))
      const figures = loginFigures(yield* allUsers, (id) => outletCodes.get(id), signedIn)
      return tableAnswer(loginColumns, tree, scope, figures, same, query)
    })
})
