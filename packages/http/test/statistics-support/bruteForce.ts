/**
 * An independent computation of the statistics (DOMAIN.md §7–8) straight from the upload files: plain loops over
 * parsed CSV rows, times compared as epoch ms at +08:00 (Asia/Shanghai), money summed exactly as BigInt millionths
 * of 万元, ranks counted by definition. Nothing here shares code with the server's index.
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"

/** RFC 4180 lines of a small file (quoted fields, doubled quotes). */
export const readCsv = (path: string): Array<Record<string, string>> => {
  const text = readFileSync(path, "utf8").replace(/^\uFEFF/, "")
  const rows: Array<Array<string>> = []
  let row: Array<string> = []
  let field = ""
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ",") {
      row.push(field)
      field = ""
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++
      row.push(field)
      rows.push(row)
      row = []
      field = ""
    } else field += ch
  }
  if (field !== "" || row.length > 0) rows.push([...row, field])
  const [header, ...body] = rows
  return body.filter((r) => r.length > 1).map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ""])))
}

export const shanghaiMs = (text: string) =>
  Date.parse(`${text.length === 10 ? `${text}T00:00:00` : text.replace(" ", "T")}+08:00`)

const micro = (decimal: string): bigint => {
  const [int = "0", frac = ""] = decimal.trim().split(".")
  return BigInt(int) * 1_000_000n + BigInt(`${frac}000000`.slice(0, 6))
}
/** Two decimals, half up, as a number. */
export const wan2 = (m: bigint): number => Number((m + 5_000n) / 10_000n) / 100

export interface Org {
  readonly id: number
  readonly code: string
  readonly name: string
  readonly outletCodes: ReadonlyArray<string>
}

export interface Bank {
  readonly outletOfCustomer: Map<string, string>
  readonly trades: Array<Record<string, string>>
  readonly holdings: Array<Record<string, string>>
  readonly productType: Map<string, string>
}

export const readBank = (dir: string): Bank => ({
  outletOfCustomer: new Map(readCsv(join(dir, "company.csv")).map((c) => [c.code!, c.outletCode!])),
  trades: readCsv(join(dir, "financial_trade.csv")),
  holdings: readCsv(join(dir, "holding.csv")),
  productType: new Map(readCsv(join(dir, "product.csv")).map((p) => [p.productCode!, p.productType!]))
})

const inOrg = (bank: Bank, org: Org, customer: string) =>
  org.outletCodes.includes(bank.outletOfCustomer.get(customer) ?? "")

export const historyOf = (bank: Bank, org: Org, from: number, to: number): Array<number> => {
  const sums = [0n, 0n, 0n, 0n, 0n, 0n]
  for (const t of bank.trades) {
    const at = shanghaiMs(t.tradeTime!)
    if (!inOrg(bank, org, t.companyCode!) || at < from || at > to) continue
    const bought = t.businessType === "认购" || t.businessType === "申购"
    const base = bought ? 0 : 3
    sums[base]! += micro(t.amount!)
    sums[base + (t.channel === "柜台" ? 2 : 1)]! += micro(t.amount!)
  }
  return sums.map(wan2)
}

export const holdOf = (bank: Bank, org: Org): Array<number> => {
  const sums = [0n, 0n, 0n, 0n]
  for (const h of bank.holdings) {
    if (!inOrg(bank, org, h.companyCode!)) continue
    sums[0]! += micro(h.balance!)
    const k = ["", "保本", "非保本", "结构性"].indexOf(bank.productType.get(h.productCode!) ?? "-")
    if (k > 0) sums[k]! += micro(h.balance!)
  }
  return sums.map(wan2)
}

export interface Contact {
  readonly code: string
  readonly at: number
}

/** [recommended, converted] of the customers of `org` over [from, until). */
const convert = (bank: Bank, org: Org, contacts: ReadonlyArray<Contact>, from: number, until: number) => {
  const first = new Map<string, number>()
  for (const c of contacts) {
    if (c.at < from || c.at >= until || !inOrg(bank, org, c.code)) continue
    first.set(c.code, Math.min(first.get(c.code) ?? Number.POSITIVE_INFINITY, c.at))
  }
  let converted = 0
  for (const [code, since] of first) {
    const bought = bank.trades.some((t) => {
      const at = shanghaiMs(t.tradeTime!)
      return (
        t.companyCode === code && (t.businessType === "认购" || t.businessType === "申购") && at >= since && at < until
      )
    })
    if (bought) converted++
  }
  return [first.size, converted]
}

const rate = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 100)

export const conversionOf = (
  bank: Bank,
  org: Org,
  contacts: ReadonlyArray<Contact>,
  month: { from: number; until: number },
  year: { from: number; until: number }
): Array<number> => {
  const [rm, cm] = convert(bank, org, contacts, month.from, month.until)
  const [ry, cy] = convert(bank, org, contacts, year.from, year.until)
  return [rm!, cm!, rate(cm!, rm!), cy!, rate(cy!, ry!)]
}

/** Competition rank by definition: 1 + the organisations with a strictly larger value. */
export const rankAmong = (mine: number, values: ReadonlyArray<number>) => 1 + values.filter((v) => v > mine).length
