/** Who is signed in, as the sign-in answer gives it, and what the role may see. */
import type { DataOf } from "@wm/client"

export type Me = DataOf<"post", "/api/sign_in">

export const roleNames: Record<number, string> = {
  1: "分行管理员",
  2: "分行客户经理",
  3: "支行管理员",
  4: "网点客户经理",
  5: "支行客户经理"
}

/** Admins (bank and sub-branch) follow statistics and exports; only the bank admin uploads data. */
export const isManager = (me: Me) => me.role === 1 || me.role === 3
export const isBankAdmin = (me: Me) => me.role === 1
