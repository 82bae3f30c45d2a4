/**
 * The Berka converter's mapping rules on a tiny hand-written dataset in Berka's format. The output is read back
 * with csv-parse and checked by the uploader's own validator, independently of the converter's formatting code.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type BerkaManifest, convertBerka } from "../src/index.js"
import { HEADERS, readAll, removeTempDirs, TINY, validate, writeBerka } from "./support/berka.js"
import type { Table } from "./support.js"

afterAll(removeTempDirs)

describe("convertBerka on a small dataset in Berka's format", () => {
  let manifest: BerkaManifest
  let tables: Record<keyof typeof HEADERS, Table>
  const progress: Array<readonly [number, number]> = []

  beforeAll(async () => {
    const { inDir, outDir } = await writeBerka()
    manifest = await convertBerka({ inDir, outDir, onProgress: (done, total) => progress.push([done, total]) })
    tables = await readAll(outDir)
  })

  it("maps districts to outlets D<A1> and regions to sub-branches R<nn> in sorted region order", () => {
    expect(tables.organization.rows).toEqual([
      { branchCode: "R01", branchName: "Prague", outletCode: "D01", outletName: "Hl.m. Praha" },
      { branchCode: "R02", branchName: "central Bohemia", outletCode: "D02", outletName: "Benesov" },
      { branchCode: "R03", branchName: "north Moravia", outletCode: "D69", outletName: "Jesenik" }
    ])
  })

  it("maps each account to a customer A<id> at its district's outlet, with its OWNER as linkman", () => {
    expect(tables.company.rows).toEqual([
      {
        code: "A3",
        name: "Berka account 3",
        outletCode: "D01",
        linkman: "client 1",
        contact: "未提供",
        riskRating: "",
        listedCompanyId: ""
      },
      {
        code: "A7",
        name: "Berka account 7",
        outletCode: "D69",
        linkman: "client 2",
        contact: "未提供",
        riskRating: "",
        listedCompanyId: ""
      }
    ])
  })

  it("writes every transaction in file order with direction, two-decimal money, partner bank and channel", async () => {
    expect(tables.trade_flow.rows.map((r) => Object.values(r).join(","))).toEqual([
      "A3,3,1993-01-01 00:00:00,贷,700.00,700.00,,现金存入",
      "A7,7,1993-01-05 00:00:00,贷,5123.00,5923.00,YZ,他行转入",
      "A7,7,1993-01-31 00:00:00,贷,12.60,5935.60,,利息",
      "A3,3,1993-01-31 00:00:00,借,14.60,685.40,,账户服务费",
      "A3,3,1993-02-03 00:00:00,借,800.00,-114.60,,现金支取",
      "A7,7,1993-02-03 00:00:00,借,2452.00,3483.60,YZ,转账汇出",
      "A7,7,1993-02-04 00:00:00,借,3500.00,-16.40,,卡取现",
      "A3,3,1993-02-05 00:00:00,借,10.00,-124.60,,罚息",
      "A3,3,1993-02-05 00:00:00,贷,200.50,75.90,,现金存入"
    ])
  })

  it("the files have exactly the upload headers and pass the uploader's validation", async () => {
    for (const type of Object.keys(HEADERS) as Array<keyof typeof HEADERS>) {
      expect(tables[type].header.join(","), type).toBe(HEADERS[type])
    }
    for (const report of await validate(tables)) expect(report, report.type).toMatchObject({ ok: true })
  })

  it("the manifest counts rows, sums up the transactions and warns that these are not the README's files", () => {
    expect(manifest.files.map((f) => [f.file, f.rows])).toEqual([
      ["organization.csv", 3],
      ["company.csv", 2],
      ["trade_flow.csv", 9]
    ])
    expect(manifest.tradeFlow).toMatchObject({
      rows: 9,
      accounts: 2,
      firstDate: "1993-01-01",
      lastDate: "1993-02-05",
      byDirection: { 借: 5, 贷: 4 },
      inBank: 7
    })
    expect(manifest.inputs.map((i) => [i.file, i.rows, i.matches])).toEqual([
      ["district.csv.gz", 3, false],
      ["account.csv.gz", 2, false],
      ["client.csv.gz", 3, false],
      ["disp.csv.gz", 3, false],
      ["loan.csv.gz", 1, false],
      ["order.csv.gz", 1, false],
      ["card.csv.gz", 1, false],
      ["trans_partial.csv.gz", 9, false]
    ])
    expect(manifest.warnings).toContain("district.csv.gz: 3 data rows, the README says 77")
    expect(manifest.warnings.some((w) => w.startsWith("trans_partial.csv.gz: SHA-256 "))).toBe(true)
    expect(manifest.warnings).toHaveLength(16)
  })

  it("reports progress in compressed bytes up to the total of all inputs", () => {
    const [last] = progress.slice(-1)
    expect(progress[0]).toEqual([0, last![1]])
    expect(last![0]).toBe(last![1])
    for (let i = 1; i < progress.length; i++) expect(progress[i]![0]).toBeGreaterThanOrEqual(progress[i - 1]![0])
  })

  it("reads a complete trans.csv.gz in preference to the partial table", async () => {
    const { inDir, outDir } = await writeBerka({ "trans.csv.gz": TINY["trans_partial.csv.gz"]!.slice(0, 3) })
    const full = await convertBerka({ inDir, outDir })
    expect(full.inputs.at(-1)).toMatchObject({ file: "trans.csv.gz", rows: 2, expectedRows: 1_056_320, partial: false })
    expect(full.inputs.at(-1)!.expectedSha256).toBeNull()
    expect(full.tradeFlow.rows).toBe(2)
  })
})
