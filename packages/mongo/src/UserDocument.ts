/**
 * How users are stored: the record's fields plus `usernameKey`, the lowercased username under a unique index,
 * which makes usernames unique ignoring letter case without a collation (DocumentDB ignores collations).
 */
import type { User, UserFilter } from "@wm/core"
import type { Filter } from "mongodb"
import { containsIgnoringCase, normalizeKeyword } from "./documents.js"

export interface UserDoc {
  id: number
  username: string
  usernameKey: string
  name: string
  role: number
  branchId: number | null
  outletId: number | null
  passwordHash: string
  initialized: boolean
  failedSignIns: number
  lockedUntil: number | null
  createdAt: number
  createdBy: number | null
  updatedAt: number
}

export const toDoc = (u: User): UserDoc => ({
  id: u.id,
  username: u.username,
  usernameKey: u.username.toLowerCase(),
  name: u.name,
  role: u.role,
  branchId: u.branchId,
  outletId: u.outletId,
  passwordHash: u.passwordHash,
  initialized: u.initialized,
  failedSignIns: u.failedSignIns,
  lockedUntil: u.lockedUntil,
  createdAt: u.createdAt,
  createdBy: u.createdBy,
  updatedAt: u.updatedAt
})

/** The record's own fields, for decoding: _id and usernameKey stay in the database. */
export const fieldsOf = ({ _id, usernameKey, ...fields }: UserDoc & { _id?: unknown }) => fields

/** The port's filter as a query; every field it names is indexed (see collections.ts). */
export const toQuery = (filter: UserFilter): Filter<UserDoc> => {
  const keyword = normalizeKeyword(filter.keyword)
  return {
    ...(filter.branchId !== undefined && { branchId: filter.branchId }),
    ...(filter.outletId !== undefined && { outletId: filter.outletId }),
    ...(filter.roles !== undefined && { role: { $in: [...filter.roles] } }),
    ...(keyword !== undefined && {
      $or: [{ username: containsIgnoringCase(keyword) }, { name: containsIgnoringCase(keyword) }]
    })
  }
}
