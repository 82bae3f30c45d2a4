// fast-check generators for upload files: valid cell texts of each cell kind, garbage that a column must
// reject, and whole valid files (header in any order, unique keys, references that resolve).
import fc from "fast-check"
import type { CellKind, Column } from "../../src/Upload/Cell.js"
import type { References } from "../../src/Upload/index.js"

const pad = (n: number, width = 2) => String(n).padStart(width, "0")
const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".split("")
const cjk = "中国银行理财产品客户网点支行企业".split("")

const word = (max: number, extra: ReadonlyArray<string> = []) =>
  fc
    .tuple(
      fc.constantFrom(...alnum, ...cjk),
      fc.array(fc.constantFrom(...alnum, ...cjk, ...extra), { maxLength: Math.min(max, 12) - 1 })
    )
    .map(([first, rest]) => first + rest.join(""))

const codeText = fc
  .tuple(fc.constantFrom(...alnum), fc.array(fc.constantFrom(...alnum, "_", "-"), { maxLength: 11 }))
  .map(([first, rest]) => first + rest.join(""))

const dateText = fc
  .record({
    y: fc.integer({ min: 1990, max: 2035 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 })
  })
  .map(({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`)

/** A number with `decimals` decimals at most, written as a bank user would. */
const decimalText = (decimals: number, maxUnits: number, signed: boolean) =>
  fc
    .tuple(fc.integer({ min: 0, max: decimals }), fc.integer({ min: 0, max: maxUnits }), fc.boolean())
    .map(([d, units, negative]) => {
      const text = d === 0 ? String(units) : `${Math.floor(units / 10 ** d)}.${pad(units % 10 ** d, d)}`
      return signed && negative && units > 0 ? `-${text}` : text
    })

/** Valid text for a cell kind (untrimmed now and then, since cells are trimmed). */
export const validText = (kind: CellKind): fc.Arbitrary<string> => {
  const core = ((): fc.Arbitrary<string> => {
    switch (kind.tag) {
      case "text":
        return word(kind.maxLength, [" ", "，", "、"]).map((s) => s.trim() || "x")
      case "code":
        return codeText
      case "date":
        return dateText
      case "dateTime":
        return fc
          .tuple(dateText, fc.integer({ min: 0, max: 86_399 }))
          .map(([d, s]) => `${d} ${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`)
      case "decimal":
        return decimalText(kind.decimals, 10 ** 9, kind.signed)
      case "percent":
        return fc
          .tuple(decimalText(4, 1_000_000, false), fc.boolean())
          .map(([t, sign]) => (Number(t) > 100 ? "100" : t) + (sign ? "%" : ""))
      case "integer":
        return fc.integer({ min: kind.min, max: Math.min(kind.max, 1_000_000) }).map(String)
      case "choice":
        return fc.constantFrom(...kind.values)
      case "flag":
        return fc.constantFrom("0", "1", "是", "否")
      case "url":
        return codeText.map((c) => `https://bank.example.com/${c}`)
      case "email":
        return fc.tuple(codeText, codeText).map(([a, b]) => `${a}@${b}.com`)
    }
  })()
  return fc.tuple(core, fc.constantFrom("", " ", "\t")).map(([t, space]) => space + t + space.trim())
}

/** Texts every column of the kind must reject, whatever its other rules. */
export const garbageFor = (column: Column<unknown, boolean>): fc.Arbitrary<string> => {
  const kind = column.cell.kind
  const byKind: Record<CellKind["tag"], ReadonlyArray<string>> = {
    text: ["x".repeat(kind.tag === "text" ? kind.maxLength + 1 : 1)],
    code: ["a b", "x".repeat(kind.tag === "code" ? kind.maxLength + 1 : 1)],
    date: ["2025-02-30", "2025/03/01", "2025-13-01", "1 March"],
    dateTime: ["2025-01-01", "2025-01-01 24:00:00", "2025-02-29 10:00:00"],
    decimal: ["12,5", "1.1234567", "abc", "1e5", kind.tag === "decimal" && !kind.signed ? "-5" : "--5"],
    percent: ["101", "3.12345", "-1", "3.5 %%"],
    integer: ["1.5", "ten", kind.tag === "integer" ? String(kind.min - 1) : "-1"],
    choice: ["X", "r1"],
    flag: ["yes", "2"],
    url: ["javascript:alert(1)", "ftp://x.example.com/a", "www.example.com"],
    email: ["no-at-sign", "a@b"]
  }
  const formulas = ["=1+1", '=HYPERLINK("http://x")', "+cmd|' /C calc'!A0", "@SUM(A1)", "-2+3+cmd|' /C calc'!A0"]
  return fc.constantFrom(...byKind[kind.tag], ...formulas, ...(column.required ? ["", "  "] : []))
}

export interface GeneratedFile {
  readonly header: ReadonlyArray<string>
  readonly rows: ReadonlyArray<ReadonlyArray<string>>
  readonly references: References
}

/** Date columns that rules order: [earlier, later]. */
export const orderedPairs = [
  ["salesStart", "salesEnd"],
  ["valueDate", "expiryDate"]
] as const
