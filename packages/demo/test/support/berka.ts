/**
 * Shared by the Berka converter tests: the real dataset's place, a tiny dataset in Berka's exact format, the
 * upload headers written out by hand, and the uploader's own validator to check the output with.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { gzipSync } from "node:zlib"
import { readTable, type Table } from "../support.js"

const HERE = dirname(fileURLToPath(import.meta.url))
export const BERKA_DIR = resolve(HERE, "../../../../../shared/data/berka")
// The uploader's validator (DOMAIN.md §2), loaded by path: @wm/core does not export its Upload module yet.
const CORE_UPLOAD = resolve(HERE, "../../../core/src/Upload/index.ts")

// Written out here, not imported from the converter, so a wrong column in src makes these tests fail.
export const HEADERS = {
  organization: "branchCode,branchName,outletCode,outletName",
  company: "code,name,outletCode,linkman,contact,riskRating,listedCompanyId",
  trade_flow: "companyCode,accountNo,tradeTime,direction,amount,balance,counterpartyBank,channel"
} as const

export type BerkaTables = Record<keyof typeof HEADERS, Table>

const dirs: Array<string> = []
export const tempDir = async (): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), "wm-berka-"))
  dirs.push(dir)
  return dir
}
/** Removes every directory tempDir made; each test file calls it in its afterAll. */
export const removeTempDirs = async (): Promise<void> => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })))
}

export const readAll = async (dir: string): Promise<BerkaTables> => ({
  organization: await readTable(dir, "organization.csv"),
  company: await readTable(dir, "company.csv"),
  trade_flow: await readTable(dir, "trade_flow.csv")
})

/** Runs the real upload validator over the three files, in upload order, as one batch. */
export const validate = async (tables: BerkaTables) => {
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

// A tiny dataset in Berka's exact format: CRLF, quoted strings, `?` in A12/A15, `""`, `" "`, `"0"` partners.

export const TINY: Record<string, ReadonlyArray<string>> = {
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

export const writeBerka = async (
  overrides: Record<string, ReadonlyArray<string> | undefined> = {}
): Promise<{ inDir: string; outDir: string }> => {
  const inDir = await tempDir()
  for (const [file, lines] of Object.entries({ ...TINY, ...overrides })) {
    if (lines !== undefined) await writeFile(join(inDir, file), gzipSync(`${lines.join("\r\n")}\r\n`))
  }
  return { inDir, outDir: join(await tempDir(), "out") }
}
