/**
 * The five roles and what each may see and do (DOMAIN.md §1).
 */
import { Schema } from "effect"

/** 1 分行管理员, 2 分行客户经理, 3 支行管理员, 4 网点客户经理, 5 支行客户经理 */
export const Role = Schema.Literal(1, 2, 3, 4, 5).annotations({
  identifier: "Role",
  description:
    "1 bank admin (分行管理员), 2 bank RM (分行客户经理), 3 sub-branch admin (支行管理员), 4 outlet RM (网点客户经理), 5 sub-branch RM (支行客户经理)"
})
export type Role = typeof Role.Type

export const Roles = {
  BankAdmin: 1,
  BankRM: 2,
  BranchAdmin: 3,
  OutletRM: 4,
  BranchRM: 5
} as const satisfies Record<string, Role>

/** How far a role's view of customers and users reaches. */
export type ScopeLevel = "bank" | "branch" | "outlet"

export const scopeLevelOf = (role: Role): ScopeLevel =>
  role === 1 || role === 2 ? "bank" : role === 4 ? "outlet" : "branch"

/** Whether the role needs a sub-branch / an outlet to be assigned. */
export const needsBranch = (role: Role): boolean => scopeLevelOf(role) !== "bank"
export const needsOutlet = (role: Role): boolean => role === 4

export const roleName: Record<Role, string> = {
  1: "分行管理员",
  2: "分行客户经理",
  3: "支行管理员",
  4: "网点客户经理",
  5: "支行客户经理"
}
