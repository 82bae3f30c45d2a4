/**
 * The checks of a row that look beyond each cell's own type: the type's rules across cells, references to
 * outlets, customers, products and listed companies, one value per key where the type asks for it, and
 * duplicate natural keys, reported on the later row and naming the first.
 *
 * A check runs only when the cells it reads decoded, so one bad cell yields one error, not a cascade.
 * Plain loops over precomputed column numbers: this runs for every one of ten million rows.
 */
import { KeyIndex } from "./KeyIndex.js"
import type { ErrorLog } from "./Report.js"
import { uploadSpecOf } from "./Specs.js"
import { type References, referenceNoun, type UploadType } from "./UploadType.js"

const allValid = (valid: Uint8Array, columns: ReadonlyArray<number>): boolean => {
  for (let i = 0; i < columns.length; i++) if (valid[columns[i]!] !== 1) return false
  return true
}

/**
 * Builds the checks of a type. `check` reads the decoded `values` (by column name), `valid` (1 where the
 * column decoded, in spec order) and `raw` (the cell text of the i-th column in spec order, read only for
 * messages, so a row decoded from bytes makes its texts only when it is reported).
 */
export const makeRowChecks = (type: UploadType, references: References, log: ErrorLog) => {
  const spec = uploadSpecOf(type)
  const names = Object.keys(spec.columns)
  const at = (name: string) => names.indexOf(name)
  const rules = spec.rules.map((rule) => ({ rule, uses: rule.uses.map(at), i: at(rule.column) }))
  const refs = Object.entries(spec.references).map(([name, set]) => ({
    name,
    i: at(name),
    codes: references[set!],
    reason: `is not a known ${referenceNoun[set!]} code`
  }))
  const consistent = spec.consistent.map(([a, b]) => ({ a, b, ia: at(a), ib: at(b), seen: new Map() }))
  const keyNames = spec.naturalKey
  const keyColumns = keyNames.map(at)
  const keyLabel = keyNames.join("+")
  const keyParts: Array<unknown> = keyNames.map(() => null)
  const keys = new KeyIndex(type)

  return (row: number, values: Record<string, unknown>, valid: Uint8Array, raw: (i: number) => string): void => {
    for (const { rule, uses, i } of rules) {
      if (!allValid(valid, uses)) continue
      const reason = rule.check(values as never)
      if (reason !== undefined) log.add(row, rule.column, raw(i), reason)
    }
    for (const { name, i, codes, reason } of refs) {
      const value = values[name]
      if (valid[i] === 1 && value !== null && !codes.has(value as string)) log.add(row, name, raw(i), reason)
    }
    for (const c of consistent) {
      if (valid[c.ia] !== 1 || valid[c.ib] !== 1) continue
      const first = c.seen.get(values[c.a])
      if (first === undefined) c.seen.set(values[c.a], { value: values[c.b], row })
      else if (first.value !== values[c.b]) {
        log.add(
          row,
          c.b,
          raw(c.ib),
          `differs from row ${first.row} (${first.value}) for the same ${c.a} ${values[c.a]}`
        )
      }
    }
    if (!allValid(valid, keyColumns)) return
    for (let k = 0; k < keyNames.length; k++) keyParts[k] = values[keyNames[k]!]
    const first = keys.firstRow(keyParts, row)
    if (first !== 0) {
      const shown = keyColumns.map((i) => raw(i).trim()).join(" / ")
      log.add(row, keyLabel, shown, `duplicates row ${first} (same ${keyLabel})`)
    }
  }
}
