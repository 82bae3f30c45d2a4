/**
 * How sub-branches and outlets are stored: one `organisations` collection, told apart by `kind`, so that a
 * single unique index on the lowercased code keeps a code unique across both kinds, ignoring letter case, in one
 * atomic insert (two collections could not do that without transactions).
 */
import type { Branch, Outlet } from "@wm/core"
import type { Filter } from "mongodb"

export type Kind = "branch" | "outlet"

export interface OrganisationDoc {
  kind: Kind
  id: number
  code: string
  /** code.toLowerCase(), under a unique index. */
  codeKey: string
  name: string
  /** Outlets only. */
  branchId?: number
  createdAt: number
  createdBy: number | null
  updatedAt: number
  updatedBy: number | null
}

export const toDoc = (kind: Kind, org: Branch | Outlet): OrganisationDoc => ({
  kind,
  id: org.id,
  code: org.code,
  codeKey: org.code.toLowerCase(),
  name: org.name,
  ...("branchId" in org && { branchId: org.branchId }),
  createdAt: org.createdAt,
  createdBy: org.createdBy,
  updatedAt: org.updatedAt,
  updatedBy: org.updatedBy
})

/** The record's own fields, for decoding: kind, codeKey and _id stay in the database. */
export const fieldsOf = ({
  id,
  code,
  name,
  branchId,
  createdAt,
  createdBy,
  updatedAt,
  updatedBy
}: OrganisationDoc) => ({
  id,
  code,
  name,
  ...(branchId !== undefined && { branchId }),
  createdAt,
  createdBy,
  updatedAt,
  updatedBy
})

/** By id, or by the exact code: the lowercased key finds it through the unique index, the code keeps it exact. */
export const byKey = (kind: Kind, key: number | string): Filter<OrganisationDoc> =>
  typeof key === "number" ? { kind, id: key } : { kind, codeKey: key.toLowerCase(), code: key }
