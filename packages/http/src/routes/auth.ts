/**
 * 账户-登录: signing in and out and a user's own password.
 */
import { AccountConfig, AccountService, UserAdminService, Username } from "@wm/core"
import { Clock, Effect, Schema } from "effect"
import { clearSessionCookie, setSessionCookie } from "../api/auth.js"
import { PasswordChangeBody, PasswordText } from "../api/params.js"
import { defineRoute } from "../api/route.js"
import { HttpConfig } from "../HttpConfig.js"
import { UserView, userView } from "./views.js"

const tag = "账户-登录"

const SignInData = Schema.Struct({
  ...UserView.fields,
  token: Schema.String.annotations({ description: "bearer token; also set as the HttpOnly cookie wm_session" })
}).annotations({ identifier: "SignInData" })

const signIn = defineRoute({
  method: "post",
  path: "/api/sign_in",
  tag,
  summary: "登录 Sign in",
  description:
    "Answers the user and a session token, and sets the session cookie (Secure over HTTPS). Repeated failures " +
    "from one address make the account refuse that address for a while; an unknown username, a wrong password " +
    "and a throttled attempt all answer the same 10003.",
  access: "public",
  body: Schema.Struct({ username: Username, password: PasswordText(1) }),
  response: SignInData,
  handle: ({ body, c, origin }) =>
    Effect.gen(function* () {
      const accounts = yield* AccountService
      const admin = yield* UserAdminService
      const { secure, maxAge } = yield* cookieSettings
      const { user, token } = yield* accounts.signIn(body.username, body.password, origin.address)
      const profile = yield* admin.detail({ user, sessionHash: "" }, undefined)
      setSessionCookie(c, token, maxAge, secure || origin.https)
      return { ...userView(profile, yield* Clock.currentTimeMillis), token }
    })
})

const cookieSettings = Effect.all({
  secure: Effect.map(HttpConfig, (h) => h.cookieSecure),
  maxAge: Effect.map(AccountConfig, (a) => Math.floor(a.sessionAbsoluteMs / 1000))
})

const logout = defineRoute({
  method: "get",
  path: "/api/logout",
  tag,
  summary: "退出登录 Sign out",
  description: "Revokes the caller's session.",
  access: "session",
  response: Schema.Null,
  handle: ({ actor, c }) =>
    Effect.gen(function* () {
      yield* (yield* AccountService).signOut(actor)
      clearSessionCookie(c)
      return null
    })
})

const passwordModify = defineRoute({
  method: "post",
  path: "/api/usermanage/password_modify",
  tag,
  summary: "修改密码 Change own password",
  description:
    "Revokes the user's other sessions. Wrong current passwords are throttled like sign-ins (per account and address).",
  access: "user",
  body: PasswordChangeBody,
  response: Schema.Null,
  handle: ({ actor, body, origin }) =>
    Effect.as(
      Effect.flatMap(AccountService, (a) => a.changePassword(actor, body, origin.address)),
      null
    )
})

const initializeUser = defineRoute({
  method: "post",
  path: "/api/usermanage/initialize_user",
  tag,
  summary: "初始化修改密码 Replace the initial password",
  description: "The only route (besides logout) open to a user whose initialized is 0.",
  access: "session",
  body: PasswordChangeBody,
  response: Schema.Null,
  handle: ({ actor, body, origin }) =>
    Effect.as(
      Effect.flatMap(AccountService, (a) => a.initialize(actor, body, origin.address)),
      null
    )
})

export const authRoutes = [signIn, logout, passwordModify, initializeUser]
