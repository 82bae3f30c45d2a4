/**
 * The demo staff accounts, one per role (DOMAIN.md §1), attached to organisation codes that exist in the
 * generated organization.csv. The password is a documented demo credential, never a production secret.
 */
import { firstOutlet } from "./organization.js"

/** Documented demo credential shared by every demo account. */
export const DEMO_PASSWORD = "Demo@2026"

export interface DemoUser {
  readonly username: string
  /** Display name (中文姓名). */
  readonly name: string
  /** 1 分行管理员, 2 分行客户经理, 3 支行管理员, 4 网点客户经理, 5 支行客户经理 */
  readonly role: 1 | 2 | 3 | 4 | 5
  /** Set for roles 3–5. */
  readonly branchCode: string | null
  /** Set for role 4. */
  readonly outletCode: string | null
}

const branch = firstOutlet.branchCode

export const demoUsers: ReadonlyArray<DemoUser> = [
  { username: "admin", name: "张明远", role: 1, branchCode: null, outletCode: null },
  { username: "bank_rm", name: "李思涵", role: 2, branchCode: null, outletCode: null },
  { username: "branch_admin", name: "王建华", role: 3, branchCode: branch, outletCode: null },
  { username: "outlet_rm", name: "刘晓燕", role: 4, branchCode: branch, outletCode: firstOutlet.outletCode },
  { username: "branch_rm", name: "陈志强", role: 5, branchCode: branch, outletCode: null }
]
