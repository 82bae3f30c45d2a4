/** Valid drafts for the adapter's own tests (the contract suite has its own). */
import type { BranchId, NewBranch, NewOutlet, NewUser, OrgCode, Username } from "@wm/core"

export const T0 = 1_700_000_000_000
const audit = { createdAt: T0, createdBy: null, updatedAt: T0, updatedBy: null }

export const newBranch = (code: string, name = `Branch ${code}`): NewBranch => ({
  code: code as OrgCode,
  name,
  ...audit
})

export const newOutlet = (code: string, branchId: BranchId, name = `Outlet ${code}`): NewOutlet => ({
  code: code as OrgCode,
  name,
  branchId,
  ...audit
})

export const newUser = (username: string, patch: Partial<NewUser> = {}): NewUser => ({
  username: username as Username,
  name: `Person ${username}`,
  role: 2,
  branchId: null,
  outletId: null,
  passwordHash: `hash-of-${username}`,
  initialized: false,
  failedSignIns: 0,
  lockedUntil: null,
  createdAt: T0,
  createdBy: null,
  updatedAt: T0,
  ...patch
})
