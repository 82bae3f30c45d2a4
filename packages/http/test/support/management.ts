/**
 * Helpers shared by the user-management (usermanage/*) and organisation (organ/*, new_params) tests. Those
 * files make a fresh harness per test (their tests edit users and outlets), so helpers take it by getter.
 */
import { expect } from "vitest"
import type { CallResult, Harness } from "./harness.js"

/** Signs `username` in and answers GET and POST calls carrying its token. */
export const signedInAs = (harness: () => Harness) => async (username: string) => {
  const h = harness()
  const token = await h.signIn(username)
  return {
    get: (path: string) => h.call("GET", path, { token }),
    post: (path: string, body: unknown) => h.call("POST", path, { token, body })
  }
}

export const expectCode = (r: CallResult, status: number, code: number) => {
  expect({ status: r.status, code: r.json.code }, r.json.msg).toEqual({ status, code })
}

/** The usernames of a user_list answer, in answer order. */
export const usernames = (r: CallResult) => (r.json.data.userList as Array<{ username: string }>).map((u) => u.username)

export const detailOf = (id: number) => `/api/usermanage/user_detail?userId=${id}`

/** The outlet codes of an organ/list answer, in answer order. */
export const outletCodes = (r: CallResult) =>
  (r.json.data.outletList as Array<{ outletCode: string }>).map((o) => o.outletCode)
