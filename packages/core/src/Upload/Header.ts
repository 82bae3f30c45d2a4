/**
 * Reading a file's header row: which column of the type sits where, and what is wrong with the header as a
 * whole (empty, missing required columns, unknown or duplicate columns, not a header at all).
 */
import type { Fields, UploadSpec } from "./Spec.js"
import { requiredUploadColumns, uploadColumns } from "./Specs.js"
import { type UploadType, uploadTypes } from "./UploadType.js"

export interface HeaderLayout {
  /** For each column of the spec, in spec order, its position in the file, or -1 when absent. */
  readonly positions: ReadonlyArray<number>
  /** Whether a position's header cell has a name; cells under no name must stay empty. */
  readonly headed: ReadonlyArray<boolean>
  readonly fileErrors: ReadonlyArray<string>
  /** False when no column of the type was found: rows are then counted but not checked. */
  readonly usable: boolean
}

const list = (names: ReadonlyArray<string>): string => names.join(", ")

/** Another type whose required columns the header all has (the most columns wins): the wrong type was picked. */
const otherTypeOf = (type: UploadType, header: ReadonlyArray<string>): UploadType | undefined => {
  const named = new Set(header.map((h) => h.trim().toLowerCase()))
  const has = (column: string) => named.has(column.toLowerCase())
  const fits = uploadTypes.filter((t) => t !== type && requiredUploadColumns(t).every(has))
  const score = (t: UploadType) => uploadColumns(t).filter(has).length
  return fits.sort((a, b) => score(b) - score(a))[0]
}

/** Column names match whatever their case and surrounding blanks: "OutletCode " is outletCode. */
export const readHeader = (spec: UploadSpec<Fields>, header: ReadonlyArray<string>): HeaderLayout => {
  const names = Object.keys(spec.columns)
  const byLowerCase = new Map(names.map((name) => [name.toLowerCase(), name]))
  const found = new Map<string, number>()
  const headed = header.map((raw) => raw.trim() !== "")
  const unknown: Array<string> = []
  const duplicates: Array<string> = []
  header.forEach((raw, position) => {
    const text = raw.trim()
    if (text === "") return
    const name = byLowerCase.get(text.toLowerCase())
    if (name === undefined) unknown.push(text)
    else if (found.has(name)) duplicates.push(`${name} (columns ${found.get(name)! + 1} and ${position + 1})`)
    else found.set(name, position)
  })
  const positions = names.map((name) => found.get(name) ?? -1)
  const missing = names.filter((name) => spec.columns[name]!.required && !found.has(name))
  const fileErrors: Array<string> = []
  const other = missing.length > 0 || unknown.length > 0 ? otherTypeOf(spec.type, header) : undefined
  if (other !== undefined)
    fileErrors.push(`the header has the columns of ${other}, not of ${spec.type}: was the wrong type chosen?`)
  if (header.length === 0) fileErrors.push("the file is empty")
  else if (unknown.length === 0 && found.size === 0) fileErrors.push("the header row (row 1) is empty")
  else if (found.size === 0 && other === undefined) {
    fileErrors.push(
      `row 1 is not a header row of ${spec.type}: none of its cells (${list(unknown.slice(0, 5))}) names a column; ` +
        `row 1 must name the columns: ${list(names)}`
    )
  } else {
    if (missing.length > 0) fileErrors.push(`missing required columns: ${list(missing)}`)
    if (unknown.length > 0)
      fileErrors.push(`unknown columns: ${list(unknown)} (the columns of ${spec.type} are: ${list(names)})`)
    if (duplicates.length > 0) fileErrors.push(`duplicate columns: ${list(duplicates)}`)
  }
  return { positions, headed, fileErrors, usable: found.size > 0 }
}
