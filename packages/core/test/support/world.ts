// Shared setup for service tests: the service layer over a fresh in-memory store, a TestClock, and a seeded bank.
import { Cause, Effect, Exit, Layer, TestClock, TestContext } from "effect"
import { expect } from "vitest"
import {
  AccountConfig,
  type AccountConfigShape,
  AccountService,
  type Actor,
  type Branch,
  Crypto,
  MemoryStore,
  type NotSignedIn,
  OrganisationService,
  type OrgCode,
  type Outlet,
  type Role,
  type StorageError,
  type User,
  UserAdminService,
  type Username,
  UserRepo
} from "../../src/index.js"
import { FakeCrypto } from "../../src/testing/index.js"

export const T0 = 1_700_000_000_000
export const minutes = (n: number) => n * 60_000

export const config: AccountConfigShape = {
  initialPassword: "Welcome123",
  passwordPolicy: { isCommon: (p) => ["password", "password1", "qwerty123", "welcome", "changeme"].includes(p) },
  maxFailedSignIns: 3,
  lockoutMs: minutes(10),
  sessionIdleMs: minutes(30),
  sessionAbsoluteMs: minutes(240)
}

const StoreLive = Layer.mergeAll(MemoryStore.layer, FakeCrypto, AccountConfig.layer(config))
/** Every service over one fresh store; the store stays reachable for seeding and for checking effects. */
export const ServicesLive = Layer.mergeAll(
  AccountService.Default,
  UserAdminService.Default,
  OrganisationService.Default
).pipe(Layer.provideMerge(StoreLive))

export type Services = Layer.Layer.Success<typeof ServicesLive>

/** Runs a test program on a fresh store with the TestClock at T0; failures surface as the error itself. */
export const run = async <A, E>(program: Effect.Effect<A, E, Services>): Promise<void> => {
  const exit = await Effect.runPromiseExit(
    Effect.zipRight(TestClock.setTime(T0), program).pipe(
      Effect.provide(ServicesLive),
      Effect.provide(TestContext.TestContext)
    )
  )
  if (Exit.isFailure(exit)) throw Cause.squash(exit.cause)
}

/** Asserts that the effect fails with the tagged error and answers that error. */
export const failsWith = <A, E extends { readonly _tag: string }, R, T extends E["_tag"]>(
  effect: Effect.Effect<A, E, R>,
  tag: T
): Effect.Effect<Extract<E, { readonly _tag: T }>, never, R> =>
  Effect.matchEffect(effect, {
    onSuccess: () => Effect.die(new Error(`expected a ${tag} failure, but the effect succeeded`)),
    onFailure: (error) =>
      Effect.sync(() => {
        expect(error._tag).toBe(tag)
        return error as Extract<E, { readonly _tag: T }>
      })
  })

export const name = (s: string) => s as Username
export const code = (s: string) => s as OrgCode

/** Signs in and resolves the new session to its actor. */
export const signInAs = (username: string, password: string) =>
  Effect.gen(function* () {
    const accounts = yield* AccountService
    const { token } = yield* accounts.signIn(name(username), password)
    return { token, actor: yield* accounts.authenticate(token) }
  })

/** A password the policy accepts: long enough, unlike the username, on no common list. */
export const passwordOf = (username: string) => `Lantern-${username.length}-${username.charCodeAt(0)}-Quartz`

export const seededUsers = {
  bankRm: { username: "bank.rm", role: 2 },
  eastAdmin: { username: "east.admin", role: 3, branch: "east" },
  eastRm: { username: "east.rm", role: 5, branch: "east" },
  o11Rm: { username: "o11.rm", role: 4, branch: "east", outlet: "o11" },
  westAdmin: { username: "west.admin", role: 3, branch: "west" },
  westRm: { username: "west.rm", role: 5, branch: "west" },
  o21Rm: { username: "o21.rm", role: 4, branch: "west", outlet: "o21" }
} as const satisfies Record<
  string,
  { username: string; role: Role; branch?: "east" | "west"; outlet?: "o11" | "o12" | "o21" }
>

export type Who = "admin" | keyof typeof seededUsers

export interface World {
  readonly branches: { readonly east: Branch; readonly west: Branch }
  readonly outlets: { readonly o11: Outlet; readonly o12: Outlet; readonly o21: Outlet }
  readonly users: Record<Who, User>
  readonly tokens: Record<Who, string>
  /** The user's current actor, read afresh through its session (as each request would). */
  readonly as: (who: Who) => Effect.Effect<Actor, NotSignedIn | StorageError>
}

/**
 * A bank admin (inserted directly, as an installation would bootstrap it), sub-branches East (B01: outlets O11,
 * O12) and West (B02: O21), and one initialized, signed-in user per seeded role.
 */
export const seedWorld: Effect.Effect<World, unknown, Services> = Effect.gen(function* () {
  const crypto = yield* Crypto
  const orgs = yield* OrganisationService
  const admins = yield* UserAdminService
  const accounts = yield* AccountService
  yield* (yield* UserRepo).insert({
    username: name("admin"),
    name: "Bank Admin",
    role: 1,
    branchId: null,
    outletId: null,
    passwordHash: yield* crypto.hashPassword(passwordOf("admin")),
    initialized: true,
    failedSignIns: 0,
    lockedUntil: null,
    createdAt: T0,
    createdBy: null,
    updatedAt: T0
  })
  const admin = yield* signInAs("admin", passwordOf("admin"))
  const add = (outletCode: string, outletName: string, branchCode: string, branchName: string) =>
    orgs.add(admin.actor, {
      outletCode: code(outletCode),
      outletName,
      branchCode: code(branchCode),
      branchName
    })
  const o11 = yield* add("O11", "Harbour", "B01", "East")
  const o12 = yield* add("O12", "Market", "B01", "East")
  const o21 = yield* add("O21", "Airport", "B02", "West")
  const branches = { east: o11.branch, west: o21.branch }
  const outlets = { o11: o11.outlet, o12: o12.outlet, o21: o21.outlet }

  const users = { admin: admin.actor.user } as Record<Who, User>
  const tokens = { admin: admin.token } as Record<Who, string>
  for (const [who, spec] of Object.entries(seededUsers) as Array<
    [Who, (typeof seededUsers)[keyof typeof seededUsers]]
  >) {
    yield* admins.create(admin.actor, name(spec.username), {
      name: `Name of ${spec.username}`,
      role: spec.role,
      branchId: "branch" in spec ? branches[spec.branch].id : undefined,
      outletId: "outlet" in spec ? outlets[spec.outlet].id : undefined
    })
    const first = yield* signInAs(spec.username, config.initialPassword)
    const pwd = { pwd: config.initialPassword, newPwd: passwordOf(spec.username) }
    users[who] = yield* accounts.initialize(first.actor, { ...pwd, newPwdConfirm: pwd.newPwd })
    tokens[who] = first.token
  }
  return { branches, outlets, users, tokens, as: (who: Who) => accounts.authenticate(tokens[who]) }
})
