// UserAdminService: each role's reach over user list, detail, create, edit, delete and password reset.
import { Effect, Option } from "effect"
import { describe, expect, it } from "vitest"
import { AccountService, UserAdminService, type UserDraft, UserRepo } from "../src/index.js"
import { config, failsWith, name, passwordOf, run, seedWorld, signInAs, type Who } from "./support/world.js"

const nonManagers: ReadonlyArray<Who> = ["bankRm", "eastRm", "o11Rm"]

describe("UserAdminService list and detail", () => {
  it("a bank admin lists every user, in pages with the full total", () =>
    run(
      Effect.gen(function* () {
        const world = yield* seedWorld
        const users = yield* UserAdminService
        const page = yield* users.list(yield* world.as("admin"), undefined, { page: 2, count: 3 })
        expect(page.total).toBe(8)
        expect(page.items.map((p) => p.user.username)).toEqual(["east.rm", "o11.rm", "west.admin"])
        const found = yield* users.list(yield* world.as("admin"), "WEST", { page: 1, count: 10 })
        expect(found.items.map((p) => p.user.username)).toEqual(["west.admin", "west.rm"])
      })
    ))

  it("a sub-branch admin lists only roles 3–5 of its own sub-branch", () =>
    run(
      Effect.gen(function* () {
        const world = yield* seedWorld
        const page = yield* (yield* UserAdminService).list(yield* world.as("eastAdmin"), undefined, {
          page: 1,
          count: 100
        })
        expect(page.total).toBe(3)
        expect(page.items.map((p) => p.user.username)).toEqual(["east.admin", "east.rm", "o11.rm"])
      })
    ))

  it.each(nonManagers)("%s may not list users (Forbidden) but may read its own profile", (who) =>
    run(
      Effect.gen(function* () {
        const world = yield* seedWorld
        const users = yield* UserAdminService
        const actor = yield* world.as(who)
        yield* failsWith(users.list(actor, undefined, { page: 1, count: 10 }), "Forbidden")
        yield* failsWith(users.detail(actor, world.users.westRm.id), "Forbidden")
        expect((yield* users.detail(actor, undefined)).user.id).toBe(world.users[who].id)
      })
    )
  )

  it("a bank admin sees any user's detail with its sub-branch, outlet and creator", () =>
    run(
      Effect.gen(function* () {
        const world = yield* seedWorld
        const detail = yield* (yield* UserAdminService).detail(yield* world.as("admin"), world.users.o21Rm.id)
        expect([detail.branch?.code, detail.outlet?.code, detail.creator?.username]).toEqual(["B02", "O21", "admin"])
      })
    ))

  it("a sub-branch admin cannot see users of another sub-branch or bank-level users: they answer NotFound", () =>
    run(
      Effect.gen(function* () {
        const world = yield* seedWorld
        const users = yield* UserAdminService
        const east = yield* world.as("eastAdmin")
        expect((yield* users.detail(east, world.users.o11Rm.id)).user.username).toBe("o11.rm")
        for (const who of ["westRm", "westAdmin", "bankRm", "admin"] as const) {
          const error = yield* failsWith(users.detail(east, world.users[who].id), "NotFound")
          expect(error.entity).toBe("user")
        }
      })
    ))
})

describe("UserAdminService create and edit", () => {
  const draft = (patch: Partial<UserDraft>): UserDraft => ({ name: "Someone", role: 5, ...patch })

  it("a bank admin creates users of any role; a new user is uninitialized and signs in with the initial password", () =>
    run(
      Effect.gen(function* () {
        const world = yield* seedWorld
        const users = yield* UserAdminService
        const admin = yield* world.as("admin")
        yield* users.create(admin, name("admin2"), draft({ role: 1, branchId: world.branches.east.id }))
        const created = yield* users.create(
          admin,
          name("o12.rm"),
          draft({ role: 4, branchId: world.branches.east.id, outletId: world.outlets.o12.id })
        )
        expect([created.user.initialized, created.outlet?.code, created.creator?.username]).toEqual([
          false,
          "O12",
          "admin"
        ])
        const { actor } = yield* signInAs("admin2", config.initialPassword)
        expect([actor.user.role, actor.user.branchId]).toEqual([1, null])
      })
    ))

  it("a sub-branch admin creates roles 3–5 in its own sub-branch only", () =>
    run(
      Effect.gen(function* () {
        const world = yield* seedWorld
        const users = yield* UserAdminService
        const east = yield* world.as("eastAdmin")
        const { branches, outlets } = world
        yield* users.create(
          east,
          name("o12.rm"),
          draft({ role: 4, branchId: branches.east.id, outletId: outlets.o12.id })
        )
        yield* failsWith(users.create(east, name("x1"), draft({ role: 2 })), "Forbidden")
        yield* failsWith(users.create(east, name("x2"), draft({ role: 1 })), "Forbidden")
        yield* failsWith(users.create(east, name("x3"), draft({ branchId: branches.west.id })), "NotFound")
        expect(yield* (yield* UserRepo).count({ branchId: branches.east.id })).toBe(4)
      })
    ))

  it("creating rejects a taken username (Conflict), a missing sub-branch and an outlet of another sub-branch (InvalidInput)", () =>
    run(
      Effect.gen(function* () {
        const world = yield* seedWorld
        const users = yield* UserAdminService
        const admin = yield* world.as("admin")
        const east = world.branches.east.id
        yield* failsWith(users.create(admin, name("EAST.RM"), draft({ branchId: east })), "Conflict")
        expect((yield* failsWith(users.create(admin, name("y1"), draft({ role: 3 })), "InvalidInput")).field).toBe(
          "subbranchId"
        )
        const foreign = draft({ role: 4, branchId: east, outletId: world.outlets.o21.id })
        expect((yield* failsWith(users.create(admin, name("y2"), foreign), "InvalidInput")).field).toBe("outletId")
      })
    ))

  it.each(nonManagers)("%s may not create or edit users (Forbidden)", (who) =>
    run(
      Effect.gen(function* () {
        const world = yield* seedWorld
        const users = yield* UserAdminService
        const actor = yield* world.as(who)
        yield* failsWith(users.create(actor, name("z1"), draft({ branchId: world.branches.east.id })), "Forbidden")
        yield* failsWith(
          users.edit(actor, world.users.eastRm.id, draft({ branchId: world.branches.east.id })),
          "Forbidden"
        )
      })
    )
  )

  it("a bank admin moves a user to another sub-branch; a sub-branch admin edits only inside its own", () =>
    run(
      Effect.gen(function* () {
        const world = yield* seedWorld
        const users = yield* UserAdminService
        const { east, west } = world.branches
        const moved = yield* users.edit(yield* world.as("admin"), world.users.eastRm.id, draft({ branchId: west.id }))
        expect(moved.branch?.code).toBe("B02")
        const eastAdmin = yield* world.as("eastAdmin")
        yield* failsWith(users.edit(eastAdmin, world.users.eastRm.id, draft({ branchId: east.id })), "NotFound")
        const renamed = yield* users.edit(
          eastAdmin,
          world.users.o11Rm.id,
          draft({ name: "Renamed", role: 4, branchId: east.id, outletId: world.outlets.o11.id })
        )
        expect(renamed.user.name).toBe("Renamed")
        yield* failsWith(users.edit(eastAdmin, world.users.o11Rm.id, draft({ role: 2 })), "Forbidden")
      })
    ))

  it("the only bank admin cannot demote itself (Conflict); with a second bank admin it can", () =>
    run(
      Effect.gen(function* () {
        const world = yield* seedWorld
        const users = yield* UserAdminService
        const admin = yield* world.as("admin")
        yield* failsWith(users.edit(admin, admin.user.id, draft({ role: 2 })), "Conflict")
        expect(Option.map(yield* (yield* UserRepo).findById(admin.user.id), (u) => u.role)).toEqual(Option.some(1))
        yield* users.create(admin, name("admin2"), draft({ role: 1 }))
        expect((yield* users.edit(admin, admin.user.id, draft({ role: 2 }))).user.role).toBe(2)
      })
    ))
})

describe("UserAdminService delete and password reset", () => {
  it("deleting a user removes it and ends its sessions, by a bank admin anywhere or a sub-branch admin in its own", () =>
    run(
      Effect.gen(function* () {
        const world = yield* seedWorld
        const users = yield* UserAdminService
        yield* users.delete(yield* world.as("eastAdmin"), world.users.o11Rm.id)
        yield* users.delete(yield* world.as("admin"), world.users.westAdmin.id)
        for (const who of ["o11Rm", "westAdmin"] as const) {
          expect(Option.isNone(yield* (yield* UserRepo).findById(world.users[who].id))).toBe(true)
          yield* failsWith(world.as(who), "NotSignedIn")
        }
        expect(yield* (yield* UserRepo).count({})).toBe(6)
      })
    ))

  it("a sub-branch admin cannot delete a user of another sub-branch (NotFound) and roles 2, 4, 5 may not delete (Forbidden)", () =>
    run(
      Effect.gen(function* () {
        const world = yield* seedWorld
        const users = yield* UserAdminService
        yield* failsWith(users.delete(yield* world.as("eastAdmin"), world.users.westRm.id), "NotFound")
        for (const who of nonManagers)
          yield* failsWith(users.delete(yield* world.as(who), world.users.westRm.id), "Forbidden")
        yield* world.as("westRm")
      })
    ))

  it("no user may delete itself", () =>
    run(
      Effect.gen(function* () {
        const world = yield* seedWorld
        const users = yield* UserAdminService
        for (const who of ["admin", "eastAdmin"] as const) {
          yield* failsWith(users.delete(yield* world.as(who), world.users[who].id), "Conflict")
          yield* world.as(who)
        }
      })
    ))

  it("the last bank admin cannot be deleted, even by a caller whose own admin role was just withdrawn", () =>
    run(
      Effect.gen(function* () {
        const world = yield* seedWorld
        const users = yield* UserAdminService
        const staleAdmin = yield* world.as("admin")
        const admin2 = yield* users.create(staleAdmin, name("admin2"), { name: "Second", role: 1 })
        const accounts = yield* AccountService
        const second = yield* signInAs("admin2", config.initialPassword)
        yield* accounts.initialize(second.actor, {
          pwd: config.initialPassword,
          newPwd: "Second-Quiet-Harbour",
          newPwdConfirm: "Second-Quiet-Harbour"
        })
        yield* users.edit(yield* accounts.authenticate(second.token), staleAdmin.user.id, { name: "Demoted", role: 2 })
        yield* failsWith(users.delete(staleAdmin, admin2.user.id), "Conflict")
        expect(Option.isSome(yield* (yield* UserRepo).findById(admin2.user.id))).toBe(true)
      })
    ))

  it("resetting a password makes the user uninitialized with the initial password and ends its sessions", () =>
    run(
      Effect.gen(function* () {
        const world = yield* seedWorld
        const accounts = yield* AccountService
        for (let i = 0; i < config.maxFailedSignIns; i++) {
          yield* Effect.either(accounts.signIn(name("east.rm"), "bad", "203.0.113.1"))
        }
        yield* (yield* UserAdminService).resetPassword(yield* world.as("eastAdmin"), world.users.eastRm.id)
        yield* failsWith(world.as("eastRm"), "NotSignedIn")
        yield* failsWith(accounts.signIn(name("east.rm"), passwordOf("east.rm")), "InvalidCredentials")
        const { actor } = yield* signInAs("east.rm", config.initialPassword)
        yield* failsWith(accounts.requireInitialized(actor), "PasswordChangeRequired")
      })
    ))

  it("password reset follows the same reach: a bank admin anyone, another sub-branch NotFound, roles 2, 4, 5 Forbidden, oneself Conflict", () =>
    run(
      Effect.gen(function* () {
        const world = yield* seedWorld
        const users = yield* UserAdminService
        yield* failsWith(users.resetPassword(yield* world.as("eastAdmin"), world.users.westRm.id), "NotFound")
        for (const who of nonManagers) {
          yield* failsWith(users.resetPassword(yield* world.as(who), world.users.westRm.id), "Forbidden")
        }
        yield* failsWith(users.resetPassword(yield* world.as("admin"), world.users.admin.id), "Conflict")
        yield* signInAs("west.rm", passwordOf("west.rm"))
        yield* users.resetPassword(yield* world.as("admin"), world.users.westRm.id)
        yield* signInAs("west.rm", config.initialPassword)
      })
    ))
})
