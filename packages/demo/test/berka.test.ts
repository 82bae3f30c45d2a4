/**
 * The Berka converter: the mapping rules on a tiny hand-written dataset (always), then the real PKDD'99 files
 * in /work/shared/data/berka, whose counts are known from the dataset's README. The output is read back with
 * csv-parse and checked by the uploader's own validator, independently of the converter's formatting code.
 */
import { existsSync } from "node:fs"
import { mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { gunzipSync, gzipSync } from "node:zlib"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type BerkaManifest, convertBerka } from "../src/index.js"
import { readTable, type Table } from "./support.js"

const HERE = dirname(fileURLToPath(import.meta.url))
const BERKA_DIR = resolve(HERE, "../../../../shared/data/berka")
// The uploader's validator (DOMAIN.md §2), loaded by path: @wm/core does not export its Upload module yet.
const CORE_UPLOAD = resolve(HERE, "../../core/src/Upload/index.ts")

// Written out here, not imported from the converter, so a wrong column in src makes these tests fail.
const HEADERS = {
  organization: "branchCode,branchName,outletCode,outletName",
  company: "code,name,outletCode,linkman,contact,riskRating,listedCompanyId",
  trade_flow: "companyCode,accountNo,tradeTime,direction,amount,balance,counterpartyBank,channel"
} as const

const dirs: Array<string> = []
const tempDir = async (): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), "wm-berka-"))
  dirs.push(dir)
  return dir
}
afterAll(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})

const readAll = async (dir: string): Promise<Record<keyof typeof HEADERS, Table>> => ({
  organization: await readTable(dir, "organization.csv"),
  company: await readTable(dir, "company.csv"),
  trade_flow: await readTable(dir, "trade_flow.csv")
})

/** Runs the real upload validator over the three files, in upload order, as one batch. */
const validate = async (tables: Record<keyof typeof HEADERS, Table>) => {
  const core = await import(CORE_UPLOAD)
  const refs = {
    outletCodes: new Set<string>(),
    companyCodes: new Set<string>(),
    productCodes: new Set<string>(),
    listedCompanyIds: new Set<string>()
  }
  const check = (type: keyof typeof HEADERS) => {
    const { header, rows } = tables[type]
    const report = core.validateRecords(type, header, rows, refs, { maxErrors: 5 })
    return { type, ok: report.ok, rows: report.rows, errors: report.errors, fileErrors: report.fileErrors, report }
  }
  const organization = check("organization")
  refs.outletCodes = new Set(organization.report.definedCodes)
  const company = check("company")
  refs.companyCodes = new Set(company.report.definedCodes)
  return [organization, company, check("trade_flow")].map(({ report: _, ...summary }) => summary)
}

// ---------------------------------------------------------------------------------------------------------
// A tiny dataset in Berka's exact format: CRLF, quoted strings, `?` in A12/A15, `""`, `" "`, `"0"` partners.

const TINY: Record<string, ReadonlyArray<string>> = {
  "district.csv.gz": [
    "A1;A2;A3;A4;A5;A6;A7;A8;A9;A10;A11;A12;A13;A14;A15;A16",
    '1;"Hl.m. Praha";"Prague";1204953;0;0;0;1;1;100.0;12541;0.29;0.43;167;85677;99107',
    '69;"Jesenik";"north Moravia";42821;4;13;5;1;3;48.4;8173;?;7.01;124;?;1358',
    '2;"Benesov";"central Bohemia";88884;80;26;6;2;5;46.7;8507;1.67;1.85;132;2159;2674'
  ],
  "account.csv.gz": [
    '"account_id";"district_id";"frequency";"date"',
    '7;69;"POPLATEK MESICNE";930101',
    '3;1;"POPLATEK TYDNE";930102'
  ],
  "client.csv.gz": ['"client_id";"birth_number";"district_id"', '1;"706213";1', '2;"450204";69', '5;"455204";69'],
  "disp.csv.gz": ['"disp_id";"client_id";"account_id";"type"', '1;1;3;"OWNER"', '2;5;7;"DISPONENT"', '3;2;7;"OWNER"'],
  "loan.csv.gz": [
    '"loan_id";"account_id";"date";"amount";"duration";"payments";"status"',
    '5314;7;930705;96396;12;8033.00;"B"'
  ],
  "order.csv.gz": [
    '"order_id";"account_id";"bank_to";"account_to";"amount";"k_symbol"',
    '29401;7;"YZ";"87144583";2452.00;"SIPO"'
  ],
  "card.csv.gz": ['"card_id";"disp_id";"type";"issued"', '1005;1;"classic";931107 00:00:00'],
  "trans_partial.csv.gz": [
    '"trans_id";"account_id";"date";"type";"operation";"amount";"balance";"k_symbol";"bank";"account"',
    '1;3;930101;"PRIJEM";"VKLAD";700.00;700.00;"";;',
    '2;7;930105;"PRIJEM";"PREVOD Z UCTU";5123.00;5923.00;"";"YZ";"87144583"',
    '3;7;930131;"PRIJEM";"";12.60;5935.60;"UROK";;',
    '4;3;930131;"VYDAJ";"VYBER";14.60;685.40;"SLUZBY";;',
    '5;3;930203;"VYBER";"VYBER";800.00;-114.60;"";;',
    '6;7;930203;"VYDAJ";"PREVOD NA UCET";2452.00;3483.60;"SIPO";"YZ";"87144583"',
    '7;7;930204;"VYDAJ";"VYBER KARTOU";3500.00;-16.40;"";"";"0"',
    '8;3;930205;"VYDAJ";"VYBER";10.00;-124.60;"SANKC. UROK";;',
    '9;3;930205;"PRIJEM";"VKLAD";200.5;75.90;" ";;'
  ]
}

const writeBerka = async (
  overrides: Record<string, ReadonlyArray<string> | undefined> = {}
): Promise<{ inDir: string; outDir: string }> => {
  const inDir = await tempDir()
  for (const [file, lines] of Object.entries({ ...TINY, ...overrides })) {
    if (lines !== undefined) await writeFile(join(inDir, file), gzipSync(`${lines.join("\r\n")}\r\n`))
  }
  return { inDir, outDir: join(await tempDir(), "out") }
}

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

describe("convertBerka refuses input it does not understand", () => {
  const trans = (row: string) => ({ "trans_partial.csv.gz": [TINY["trans_partial.csv.gz"]![0]!, row] })
  const attempt = async (overrides: Record<string, ReadonlyArray<string> | undefined>) => {
    const { inDir, outDir } = await writeBerka(overrides)
    return convertBerka({ inDir, outDir })
  }

  it("leaves no upload file behind when the conversion fails half way through trans", async () => {
    const { inDir, outDir } = await writeBerka({
      "trans_partial.csv.gz": [...TINY["trans_partial.csv.gz"]!, '10;3;930301;"PRIJEM";"SWIFT";1.00;76.90;"";;']
    })
    await expect(convertBerka({ inDir, outDir })).rejects.toThrow(/line 11: unknown trans\.operation "SWIFT"/)
    expect(await readdir(outDir)).toEqual([])
  })

  it("names a missing input file", async () => {
    await expect(attempt({ "card.csv.gz": undefined })).rejects.toThrow(/missing Berka input card\.csv\.gz/)
  })

  it("names the file and the unexpected header", async () => {
    const header = ['"account_id";"district";"frequency";"date"', '7;69;"POPLATEK MESICNE";930101']
    await expect(attempt({ "account.csv.gz": header })).rejects.toThrow(
      /account\.csv\.gz: header is account_id;district/
    )
  })

  it("names file and line of an unknown transaction type, operation, account, date or amount", async () => {
    const cases: ReadonlyArray<readonly [string, RegExp]> = [
      ['1;3;930101;"CREDIT";"VKLAD";1.00;1.00;"";;', /trans_partial\.csv\.gz line 2: unknown trans\.type "CREDIT"/],
      ['1;3;930101;"PRIJEM";"SWIFT";1.00;1.00;"";;', /line 2: unknown trans\.operation "SWIFT"/],
      ['1;99;930101;"PRIJEM";"VKLAD";1.00;1.00;"";;', /line 2: unknown account 99/],
      ['1;3;930231;"PRIJEM";"VKLAD";1.00;1.00;"";;', /line 2: date is not a YYMMDD date: 930231/],
      ['1;3;930101;"PRIJEM";"VKLAD";1.005;1.00;"";;', /line 2: amount is not an amount with at most 2 decimals/]
    ]
    for (const [row, message] of cases) await expect(attempt(trans(row))).rejects.toThrow(message)
  })

  it("reports a row with a missing cell, and `?` outside the district columns that may have it", async () => {
    await expect(attempt(trans('1;3;930101;"PRIJEM";"VKLAD";1.00;1.00;""'))).rejects.toThrow(
      /trans_partial\.csv\.gz: Invalid Record Length/
    )
    const district = [...TINY["district.csv.gz"]!]
    district[1] = district[1]!.replace("12541", "?")
    await expect(attempt({ "district.csv.gz": district })).rejects.toThrow(
      /district\.csv\.gz line 2: A11 is not a number/
    )
  })
})

// ---------------------------------------------------------------------------------------------------------
// The real dataset. Figures from /work/shared/data/berka/README.md.

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
