/**
 * Creates the demo staff accounts (already initialized, documented demo password) once the demo bank's
 * organisations exist; each account lands in the sub-branch and outlet its demo entry names.
 */
import { Crypto, OrganisationRepo, OrgCode, type Role, type User, Username, UserRepo } from "@wm/core"
import { Clock, Effect, Option, Schema } from "effect"

export interface DemoUser {
  readonly username: string
  readonly name: string
  readonly role: Role
  readonly branchCode?: string | null | undefined
  readonly outletCode?: string | null | undefined
}

const code = Schema.decodeUnknownSync(OrgCode)

export const seedDemoUsers = (users: ReadonlyArray<DemoUser>, password: string) =>
  Effect.gen(function* () {
    const orgs = yield* OrganisationRepo
    const repo = yield* UserRepo
    const now = yield* Clock.currentTimeMillis
    const passwordHash = yield* (yield* Crypto).hashPassword(password)
    const created: Array<User> = []
    for (const u of users) {
      const branch = u.branchCode == null ? Option.none() : yield* orgs.findBranch(code(u.branchCode))
      const outlet = u.outletCode == null ? Option.none() : yield* orgs.findOutlet(code(u.outletCode))
      created.push(
        yield* repo.insert({
          username: Schema.decodeUnknownSync(Username)(u.username),
          name: u.name,
          role: u.role,
          branchId: Option.match(branch, { onNone: () => null, onSome: (b) => b.id }),
          outletId: Option.match(outlet, { onNone: () => null, onSome: (o) => o.id }),
          passwordHash,
          initialized: true,
          failedSignIns: 0,
          lockedUntil: null,
          createdAt: now,
          createdBy: null,
          updatedAt: now
        })
      )
    }
    return created
  })
