/**
 * The authorisation matrix: every documented route called by every role with a valid parameter set, each on a
 * fresh bank. Routes reserved to some roles answer 10006 (or, for a record outside the caller's reach, 10007) to
 * every other role; every other route serves every role. No answer is a 5xx.
 */
import { describe, expect, it } from "vitest"
import { makeHarness } from "./support/harness.js"
import { ROUTES, request } from "./support/routes.js"

const roles = ["admin", "bank_rm", "branch_admin", "outlet_rm", "branch_rm"] as const
type Caller = (typeof roles)[number]

const adminOnly: Record<Caller, number> = {
  admin: 10000,
  bank_rm: 10006,
  branch_admin: 10006,
  outlet_rm: 10006,
  branch_rm: 10006
}
/** Bank admins everywhere; sub-branch admins within their sub-branch (the table's target is a bank RM: 10007). */
const managers = (branchAdmin: number): Record<Caller, number> => ({ ...adminOnly, branch_admin: branchAdmin })

/** Records of the bank admin: another caller is told they do not exist. */
const ownerOnly: Record<Caller, number> = {
  admin: 10000,
  bank_rm: 10007,
  branch_admin: 10007,
  outlet_rm: 10007,
  branch_rm: 10007
}

/** The answer code each role gets from a restricted route; routes not listed serve every role (10000). */
const restricted: Record<string, Record<Caller, number>> = {
  "POST /api/usermanage/create_user": managers(10000),
  "POST /api/usermanage/delete_user": managers(10007),
  "POST /api/usermanage/reset_password": managers(10007),
  "POST /api/usermanage/user_detail": managers(10000),
  "GET /api/usermanage/user_list": managers(10000),
  // The table's target is the bank RM itself: it reads its own details.
  "GET /api/usermanage/user_detail": { ...managers(10007), bank_rm: 10000 },
  "POST /api/organ/add": adminOnly,
  "POST /api/organ/change_name": adminOnly,
  "POST /api/organ/change_branch": adminOnly,
  "POST /api/organ/merge": adminOnly,
  "POST /api/organ/delete": adminOnly,
  "POST /api/updatedatainitialize": adminOnly,
  "POST /api/upload_update_data": adminOnly,
  "GET /api/updatedatastatus/all": adminOnly,
  "POST /api/updatedatabutton": adminOnly,
  "POST /api/organ/update": adminOnly,
  "POST /api/company/configrecent": adminOnly,
  "GET /api/audit": managers(10000),
  "POST /api/settings/analysis": adminOnly,
  // The table's record and export belong to the bank admin: only it (and, for records, the admin of the
  // customer's sub-branch) reaches them; to anyone else they do not exist.
  "PUT /api/company/marketing": { ...ownerOnly, branch_admin: 10000 },
  "DELETE /api/company/marketing": { ...ownerOnly, branch_admin: 10000 },
  "GET /api/download/get_download": ownerOnly
}

const signedInRoutes = ROUTES.filter((r) => r.caller !== "nobody")

describe.each(signedInRoutes.map((r) => [`${r.method} ${r.path}`, r] as const))("%s", (label, route) => {
  it.each(roles)("as %s", async (who) => {
    const h = await makeHarness()
    try {
      await route.setup?.(h)
      const token = await h.signIn(who)
      const { path, body, form } = request(route, route.valid(h))
      const expected = restricted[label]?.[who] ?? 10000
      if (route.file === true && expected === 10000) {
        // A file route answers the file itself, not an envelope.
        const res = await h.app.request(path, { headers: { authorization: `Bearer ${token}` } })
        expect(res.status).toBe(200)
        expect(res.headers.get("content-disposition")).toMatch(/filename\*=UTF-8''/)
        return
      }
      const r = await h.call(route.method, path, { token, body, form })
      expect(r.status, r.json.msg).toBeLessThan(500)
      expect(r.json.code, r.json.msg).toBe(expected)
    } finally {
      await h.close()
    }
  })
})

it("every restricted route of the matrix is a documented route", () => {
  const documented = new Set(ROUTES.map((r) => `${r.method} ${r.path}`))
  for (const label of Object.keys(restricted)) expect(documented.has(label), label).toBe(true)
})
