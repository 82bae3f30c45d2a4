// fast-check generator of whole valid upload files: the columns in any order (optional ones sometimes
// left out), unique natural keys, one name per sub-branch code, ordered dates, references that resolve.
import fc from "fast-check"
import { decodeCell } from "../../src/Upload/Cell.js"
import { type References, type UploadType, uploadSpecOf } from "../../src/Upload/index.js"
import { type GeneratedFile, orderedPairs, validText } from "./arbitraries.js"

const shuffle = <A>(items: ReadonlyArray<A>, seed: number): Array<A> => {
  const out = [...items]
  let s = seed || 1
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 48271) >>> 0) % 2147483647
    const j = s % (i + 1)
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

export const validFile = (type: UploadType, maxRows = 12): fc.Arbitrary<GeneratedFile> => {
  const spec = uploadSpecOf(type)
  const names = Object.keys(spec.columns)
  const at = (name: string) => names.indexOf(name)
  // Rules order some dates; swapping a pair keeps every cell valid. Fixed before keys are made unique,
  // since valueDate is part of the holding key.
  const row = fc
    .tuple(
      ...names.map((name) => {
        const column = spec.columns[name]!
        const text = validText(column.cell.kind)
        return column.required ? text : fc.oneof(text, fc.constant(""))
      })
    )
    .map((generated) => {
      const cells = [...generated]
      for (const [earlier, later] of orderedPairs) {
        const [a, b] = [at(earlier), at(later)]
        if (a < 0 || b < 0 || cells[a]!.trim() === "" || cells[b]!.trim() === "") continue
        if (cells[b]!.trim() < cells[a]!.trim()) [cells[a], cells[b]] = [cells[b]!, cells[a]!]
      }
      return cells
    })
  const keyOf = (cells: ReadonlyArray<string>) =>
    JSON.stringify(spec.naturalKey.map((k) => decodeCell(spec.columns[k]!, cells[at(k)]!)))
  return fc
    .record({
      rows: fc.uniqueArray(row, { minLength: 1, maxLength: maxRows, selector: keyOf }),
      seed: fc.integer({ min: 1, max: 2 ** 30 }),
      dropped: fc.subarray(names.filter((n) => !spec.columns[n]!.required))
    })
    .map(({ rows, seed, dropped }) => {
      const fixed = rows.map((cells) => [...cells])
      for (const [a, b] of spec.consistent) {
        const first = new Map<string, string>()
        for (const cells of fixed) {
          const key = cells[at(a)]!.trim()
          if (!first.has(key)) first.set(key, cells[at(b)]!)
          cells[at(b)] = first.get(key)!
        }
      }
      const sets = {
        outletCodes: new Set<string>(),
        companyCodes: new Set<string>(),
        productCodes: new Set<string>(),
        listedCompanyIds: new Set<string>()
      }
      for (const [name, set] of Object.entries(spec.references)) {
        for (const cells of fixed) sets[set!].add(cells[at(name)]!.trim())
      }
      const header = shuffle(
        names.filter((n) => !dropped.includes(n)),
        seed
      )
      const data = fixed.map((cells) => header.map((h) => cells[at(h)]!))
      return { header, rows: data, references: sets satisfies References }
    })
}
