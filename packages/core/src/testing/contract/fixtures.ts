/** Record builders for the port contract: valid drafts with overridable fields, and small assertion helpers. */
import { expect } from "vitest"
import { Company } from "../../Domain/Company.js"
import type { BranchId, CompanyCode, OrgCode, OutletId, UserId, Username } from "../../Domain/Ids.js"
import { Session, SignInEvent } from "../../Domain/User.js"
import type { NewBranch, NewOutlet } from "../../Ports/OrganisationRepo.js"
import type { NewUser } from "../../Ports/UserRepo.js"

export const T0 = 1_700_000_000_000

const audit = { createdAt: T0, createdBy: null, updatedAt: T0, updatedBy: null }

export const code = (s: string) => s as OrgCode
export const username = (s: string) => s as Username

export const newBranch = (c: string, name = `Branch ${c}`): NewBranch => ({ code: code(c), name, ...audit })

export const newOutlet = (c: string, branchId: BranchId, name = `Outlet ${c}`): NewOutlet => ({
  code: code(c),
  name,
  branchId,
  ...audit
})

export const newUser = (name: string, patch: Partial<NewUser> = {}): NewUser => ({
  username: username(name),
  name: `Person ${name}`,
  role: 2,
  branchId: null,
  outletId: null,
  passwordHash: `hash-of-${name}`,
  initialized: false,
  failedSignIns: 0,
  lockedUntil: null,
  createdAt: T0,
  createdBy: null,
  updatedAt: T0,
  ...patch
})

export const session = (tokenHash: string, userId: number, createdAt = T0): Session =>
  new Session({ tokenHash, userId: userId as UserId, createdAt, lastSeenAt: createdAt })

export const signIn = (at: number, success: boolean, userId: number | null = 1): SignInEvent =>
  new SignInEvent({
    userId: userId as UserId | null,
    username: `user${userId ?? "-unknown"}`,
    at,
    success,
    reason: success ? null : "bad_credentials"
  })

export const company = (c: string, outletCode: string, patch: Partial<Company> = {}): Company =>
  new Company({
    code: c as CompanyCode,
    name: `Company ${c}`,
    outletCode: code(outletCode),
    linkman: "Li Lei",
    contact: "13800000000",
    riskRating: null,
    listedCompanyId: null,
    ...patch
  })

/** Ids an adapter assigns: positive integers, never two alike. */
export const expectFreshIds = (ids: ReadonlyArray<number>) => {
  for (const id of ids) expect(Number.isInteger(id) && id > 0, `id ${id} is a positive integer`).toBe(true)
  expect(new Set(ids).size).toBe(ids.length)
}

/** Compares records by their fields only, whatever class or prototype the adapter returns them with. */
export const fields = (a: object): Record<string, unknown> => ({ ...a })

export const asBranchId = (n: number) => n as BranchId
export const asOutletId = (n: number) => n as OutletId
export const asUserId = (n: number) => n as UserId
