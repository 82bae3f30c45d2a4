/**
 * Turning an XLSX cell into the text the validator expects, as the user sees it in Excel: date cells become
 * YYYY-MM-DD (or YYYY-MM-DD HH:mm:ss when they carry a time), numbers lose the float noise Excel stores
 * (12.339999999999999 → 12.34), percentage cells keep their percent (0.035 shown as 3.5% → "3.5%").
 * Formula and error cells, and numbers too long for Excel to have kept exactly, are reported, not read.
 */
import type { CellValue } from "exceljs"

export type CellText = string | { readonly issue: string; readonly value: string }

const pad = (n: number) => (n < 10 ? `0${n}` : `${n}`)

/** Quoted literals and [colour/locale] blocks of a number format say nothing about its fields. */
const formatFields = (numFmt: string | undefined) => (numFmt ?? "").replace(/"[^"]*"|\[[^\]]*]/g, "")

const dateText = (date: Date, numFmt: string | undefined): string => {
  // Excel keeps wall-clock time as a fraction of a day; exceljs reads it as UTC, rounded here to the second.
  const d = new Date(Math.round(date.getTime() / 1000) * 1000)
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
  const hasTime = /[hs]/i.test(formatFields(numFmt)) || d.getTime() % 86_400_000 !== 0
  return hasTime ? `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` : day
}

/** Shortest text of a number at Excel's 15 significant digits, never in exponent notation. */
export const numberText = (n: number): string => {
  const rounded = Number(n.toPrecision(15))
  const text = String(rounded)
  return text.includes("e") ? rounded.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 }) : text
}

const TOO_LONG =
  "is a number of more than 15 digits, which Excel cannot store exactly (an account or ID number?); " +
  "format the column as Text and type the value again"

const numberCell = (n: number, numFmt: string | undefined): CellText => {
  if (!Number.isFinite(n)) return { issue: "is not a finite number", value: String(n) }
  if (Number.isInteger(n) && Math.abs(n) >= 1e15) return { issue: TOO_LONG, value: numberText(n) }
  return formatFields(numFmt).includes("%") ? `${numberText(n * 100)}%` : numberText(n)
}

const richText = (parts: ReadonlyArray<{ readonly text: string }>) => parts.map((p) => p.text).join("")

export const cellText = (value: CellValue, numFmt: string | undefined): CellText => {
  if (value === null || value === undefined) return ""
  if (typeof value === "string") return value
  if (typeof value === "number") return numberCell(value, numFmt)
  if (typeof value === "boolean") return value ? "1" : "0"
  if (value instanceof Date) return dateText(value, numFmt)
  if ("formula" in value || "sharedFormula" in value) {
    const formula = "formula" in value ? value.formula : value.sharedFormula
    return {
      issue: "holds a formula; upload values only (copy the column and paste it as values)",
      value: `=${formula}`
    }
  }
  if ("error" in value) return { issue: `holds the Excel error ${value.error}`, value: String(value.error) }
  if ("richText" in value) return richText(value.richText)
  if ("text" in value) {
    // A hyperlink's text is typed as a string but may be rich text in the file.
    const text: unknown = value.text
    return typeof text === "string" ? text : richText((text as { richText: Array<{ text: string }> }).richText)
  }
  return { issue: "holds a value that is not text, a number or a date", value: "" }
}
