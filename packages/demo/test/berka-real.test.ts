/**
 * The Berka converter on the real PKDD'99 files in ../shared/data/berka, whose counts and checksums are known
 * from the dataset's README. The output is read back with csv-parse and checked by the uploader's validator.
 */
import { existsSync } from "node:fs"
import { readFile, rm, symlink, writeFile } from "node:fs/promises"
import { join } from "node:path"
import { gunzipSync, gzipSync } from "node:zlib"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type BerkaManifest, convertBerka } from "../src/index.js"
import { BERKA_DIR, HEADERS, readAll, removeTempDirs, TINY, tempDir, validate } from "./support/berka.js"
import type { Table } from "./support.js"

afterAll(removeTempDirs)

// The real dataset. Figures from ../shared/data/berka/README.md.

const hasBerka = existsSync(BERKA_DIR)
if (!hasBerka) console.warn(`Berka dataset tests skipped: ${BERKA_DIR} is absent`)

describe.skipIf(!hasBerka)(`convertBerka on the real Berka files in ${BERKA_DIR}`, () => {
  let manifest: BerkaManifest
  let tables: Record<keyof typeof HEADERS, Table>

  beforeAll(async () => {
    const outDir = join(await tempDir(), "berka")
    manifest = await convertBerka({ inDir: BERKA_DIR, outDir })
    tables = await readAll(outDir)
  })

  it("the output files have exactly the upload headers of DOMAIN.md §2", () => {
    for (const type of Object.keys(HEADERS) as Array<keyof typeof HEADERS>) {
      expect(tables[type].header.join(","), type).toBe(HEADERS[type])
    }
  })

  it("every input matches the README's row count and SHA-256, so there are no warnings", () => {
    expect(manifest.warnings).toEqual([])
    expect(manifest.inputs.map((i) => [i.table, i.rows, i.matches])).toEqual([
      ["district", 77, true],
      ["account", 4_500, true],
      ["client", 5_369, true],
      ["disp", 5_369, true],
      ["loan", 682, true],
      ["order", 6_471, true],
      ["card", 892, true],
      ["trans", 49_102, true]
    ])
    expect(manifest.inputs.at(-1)).toMatchObject({ file: "trans_partial.csv.gz", partial: true })
  })

  it("has at most 77 outlets, each in one of the 8 regional sub-branches", () => {
    const rows = tables.organization.rows
    expect(rows.length).toBeLessThanOrEqual(77)
    expect(new Set(rows.map((r) => r.outletCode)).size).toBe(rows.length)
    const branches = new Map<string, string>()
    for (const r of rows) {
      expect(r.outletCode).toMatch(/^D\d{2}$/)
      expect(r.branchCode).toMatch(/^R\d{2}$/)
      expect(branches.get(r.branchCode!) ?? r.branchName).toBe(r.branchName)
      branches.set(r.branchCode!, r.branchName!)
    }
    expect(branches.size).toBe(8)
    expect(branches.get("R01")).toBe("Prague")
  })

  it("has 4,500 customers, one per account, each at an outlet that exists", () => {
    const outlets = new Set(tables.organization.rows.map((r) => r.outletCode))
    const rows = tables.company.rows
    expect(rows).toHaveLength(4_500)
    expect(new Set(rows.map((r) => r.code)).size).toBe(4_500)
    expect(rows.filter((r) => !/^A\d+$/.test(r.code!) || !outlets.has(r.outletCode))).toEqual([])
    expect(rows.filter((r) => !/^client \d+$/.test(r.linkman!) || r.riskRating !== "")).toEqual([])
  })

  it("has all 49,102 transactions, each of a known customer and its own account", () => {
    const customers = new Set(tables.company.rows.map((r) => r.code))
    const rows = tables.trade_flow.rows
    expect(rows).toHaveLength(49_102)
    expect(rows.filter((r) => !customers.has(r.companyCode) || r.companyCode !== `A${r.accountNo}`)).toEqual([])
    expect(new Set(rows.map((r) => r.accountNo)).size).toBe(1_229)
  })

  it("counts 22,994 credits (贷 = PRIJEM) and 26,108 debits (借 = 25,457 VYDAJ + 651 VYBER)", () => {
    const count = (d: string) => tables.trade_flow.rows.filter((r) => r.direction === d).length
    expect(count("贷")).toBe(22_994)
    expect(count("借")).toBe(25_457 + 651)
    expect(manifest.tradeFlow.byDirection).toEqual({ 贷: 22_994, 借: 26_108 })
  })

  it("maps the operations to channels with the README's counts, bank postings by their k_symbol", () => {
    const counts: Record<string, number> = {}
    for (const r of tables.trade_flow.rows) counts[r.channel!] = (counts[r.channel!] ?? 0) + 1
    expect(counts).toEqual({
      现金存入: 9_759, // VKLAD
      他行转入: 3_772, // PREVOD Z UCTU
      转账汇出: 6_343, // PREVOD NA UCET
      卡取现: 12, // VYBER KARTOU
      利息: 9_463, // empty operation, k_symbol UROK
      账户服务费: 5_445, // VYBER with k_symbol SLUZBY
      罚息: 64, // VYBER with k_symbol SANKC. UROK
      现金支取: 19_753 - 5_445 - 64 // the other VYBER rows
    })
  })

  it("leaves the partner bank empty (in-bank) except on the 10,115 transfers to or from other banks", () => {
    const rows = tables.trade_flow.rows
    const inBank = rows.filter((r) => r.counterpartyBank === "").length
    expect(inBank).toBe(49_102 - 6_343 - 3_772)
    expect(inBank / rows.length).toBeGreaterThan(0.7)
    expect(inBank / rows.length).toBeLessThan(0.9)
    const otherBank = rows.filter((r) => r.counterpartyBank !== "")
    const bankCode = /^(AB|CD|EF|GH|IJ|KL|MN|OP|QR|ST|UV|WX|YZ)$/
    expect(otherBank.filter((r) => !bankCode.test(r.counterpartyBank!))).toEqual([])
    expect(new Set(otherBank.map((r) => r.channel))).toEqual(new Set(["他行转入", "转账汇出"]))
  })

  it("dates every transaction at midnight between 1993-01-01 and 1994-03-31, in non-decreasing file order", () => {
    const times = tables.trade_flow.rows.map((r) => r.tradeTime!)
    expect(times.filter((t) => !/^\d{4}-\d{2}-\d{2} 00:00:00$/.test(t))).toEqual([])
    expect(times.filter((t, i) => i > 0 && t < times[i - 1]!)).toEqual([])
    expect([times[0], times.at(-1)]).toEqual(["1993-01-01 00:00:00", "1994-03-31 00:00:00"])
    expect(manifest.tradeFlow).toMatchObject({ firstDate: "1993-01-01", lastDate: "1994-03-31" })
  })

  it("copies account, amount and balance of every row to the cent, balances negative where Berka's are", async () => {
    const source = gunzipSync(await readFile(join(BERKA_DIR, "trans_partial.csv.gz")))
      .toString("latin1")
      .split("\r\n")
      .slice(1, -1)
      .map((line) => line.split(";"))
    const rows = tables.trade_flow.rows
    expect(source).toHaveLength(rows.length)
    const differing = rows.filter((r, i) => {
      const [, account, , , , amount, balance] = source[i]!
      return r.accountNo !== account || r.amount !== amount || r.balance !== balance
    })
    expect(differing).toEqual([])
    expect(rows.filter((r) => !/^\d+\.\d{2}$/.test(r.amount!) || !/^-?\d+\.\d{2}$/.test(r.balance!))).toEqual([])
    expect(rows.some((r) => r.balance!.startsWith("-"))).toBe(true)
  })

  it("the uploader accepts organization, company and trade_flow as one batch, without a row error", async () => {
    const reports = await validate(tables)
    expect(reports).toEqual([
      { type: "organization", ok: true, rows: tables.organization.rows.length, errors: [], fileErrors: [] },
      { type: "company", ok: true, rows: 4_500, errors: [], fileErrors: [] },
      { type: "trade_flow", ok: true, rows: 49_102, errors: [], fileErrors: [] }
    ])
  })

  it("warns, and still converts, when an input differs from the README's row count and checksum", async () => {
    const inDir = await tempDir()
    for (const file of Object.keys(TINY)) await symlink(join(BERKA_DIR, file), join(inDir, file))
    const cards = gunzipSync(await readFile(join(BERKA_DIR, "card.csv.gz")))
      .toString("latin1")
      .split("\r\n")
    await rm(join(inDir, "card.csv.gz"))
    await writeFile(join(inDir, "card.csv.gz"), gzipSync(`${cards.slice(0, -2).join("\r\n")}\r\n`))
    const changed = await convertBerka({ inDir, outDir: join(await tempDir(), "out") })
    expect(changed.warnings).toEqual([
      "card.csv.gz: 891 data rows, the README says 892",
      expect.stringMatching(/^card\.csv\.gz: SHA-256 [0-9a-f]{64} differs from the README's fc669bde/)
    ])
    expect(changed.tradeFlow.rows).toBe(49_102)
  })
})
