/**
 * Makes a generated record agree with itself as the bank's data does: a user's organ, branchId and
 * outletId follow its role (分行 for roles 1–2, a sub-branch for 3 and 5, an outlet for 4), and an
 * outlet's code starts with its sub-branch's code. A value changes only where the schema allows it.
 */
import type { JsonSchema, RefResolver } from "./schema.js"
import * as vocab from "./vocab.js"

const allows = (s: JsonSchema | undefined, kind: "null" | "number", resolve: RefResolver): boolean => {
  if (s === undefined) return false
  if (s.$ref !== undefined) return allows(resolve(s.$ref), kind, resolve)
  const types = typeof s.type === "string" ? [s.type] : (s.type ?? [])
  const matches = kind === "null" ? types.includes("null") : types.includes("number") || types.includes("integer")
  return matches || [...(s.anyOf ?? []), ...(s.oneOf ?? [])].some((o) => allows(o, kind, resolve))
}

export const coherent = (
  record: Record<string, unknown>,
  props: Readonly<Record<string, JsonSchema>>,
  resolve: RefResolver,
  h: number
): Record<string, unknown> => {
  const out = { ...record }
  const set = (key: string, value: unknown) => {
    if (!(key in out) || out[key] === value) return
    if (
      value === null
        ? allows(props[key], "null", resolve)
        : typeof value === typeof out[key] || allows(props[key], "number", resolve)
    ) {
      out[key] = value
    }
  }
  const id = (key: string, salt: number) => (typeof out[key] === "number" ? out[key] : 1 + ((h + salt) % 9000))
  if (typeof out.role === "number" && typeof out.organ === "string") {
    const bankLevel = out.role === 1 || out.role === 2
    set("organ", bankLevel ? "分行" : out.role === 4 ? vocab.outletName(h) : vocab.branchName(h))
    set("branchId", bankLevel ? null : id("branchId", 1))
    set("outletId", out.role === 4 ? id("outletId", 2) : null)
  }
  if (typeof out.branchCode === "string" && typeof out.outletCode === "string" && /^B\d\dO\d\d$/.test(out.outletCode)) {
    set("outletCode", out.branchCode + out.outletCode.slice(3))
  }
  if (typeof out.branchName === "string" && typeof out.outletName === "string" && out.outletName.endsWith("营业部")) {
    set("outletName", `${out.branchName}营业部`)
  }
  return out
}
