/**
 * convertBerka: turns the PKDD'99 "Berka" Czech bank dataset into our upload files (DOMAIN.md §2):
 * organization.csv (district → outlet, region → sub-branch), company.csv (account → customer) and
 * trade_flow.csv (every trans row, streamed). The other tables are read, checked and counted, and the
 * manifest says for each table what was converted and what was not, and why. Nothing is invented: a cell
 * Berka has no value for stays empty, except where the uploader requires a value (see NO_CONTACT).
 */
import { rm } from "node:fs/promises"
import { join } from "node:path"
import { UPLOAD_COLUMNS } from "../columns.js"
import { csvLine } from "../csv.js"
import type { DemoFile } from "../generate.js"
import { ensureDir, writeCsvFile } from "../writer.js"
import {
  BerkaFormatError,
  berkaDate,
  berkaHundredths,
  berkaId,
  branchCode,
  channel,
  companyCode,
  type Direction,
  direction,
  money,
  outletCode,
  sortedRegions
} from "./mapping.js"
import { writeCsvFileAsync } from "./sink.js"
import {
  BERKA_INPUTS,
  type BerkaInputSpec,
  type BerkaRecord,
  type BerkaTable,
  compressedSize,
  readTable,
  type TableDigest,
  tableRows,
  transInput
} from "./tables.js"

export interface BerkaOptions {
  /** Folder with the eight `*.csv.gz` files (district, account, client, disp, loan, order, card, trans). */
  readonly inDir: string
  readonly outDir: string
  /** Compressed input bytes read so far, of the total of all inputs. */
  readonly onProgress?: (done: number, total: number) => void
}

export interface BerkaInput {
  readonly table: BerkaTable
  readonly file: string
  readonly rows: number
  readonly expectedRows: number
  /** SHA-256 of the decompressed file. */
  readonly sha256: string
  /** From the dataset's README; null when it gives none (the complete trans table). */
  readonly expectedSha256: string | null
  /** rows and sha256 are what the README says. */
  readonly matches: boolean
  /** Only for trans_partial: the first 49,102 of the 1,056,320 rows of the original table. */
  readonly partial: boolean
  readonly usedFor: string
  readonly notConverted: string
}

export interface BerkaTradeFlowSummary {
  readonly rows: number
  readonly accounts: number
  readonly firstDate: string
  readonly lastDate: string
  readonly byDirection: Readonly<Record<Direction, number>>
  readonly byChannel: Readonly<Record<string, number>>
  /** Rows without a partner bank: cash, card, interest, fees (in-bank by DOMAIN.md §2). */
  readonly inBank: number
}

export interface BerkaManifest {
  readonly inDir: string
  readonly outDir: string
  /** The eight inputs in reading order, with row counts and checksums checked against the README. */
  readonly inputs: ReadonlyArray<BerkaInput>
  /** organization.csv, company.csv, trade_flow.csv in a valid upload order. */
  readonly files: ReadonlyArray<DemoFile>
  readonly tradeFlow: BerkaTradeFlowSummary
  /** Row-count and checksum mismatches with the README; the conversion still ran. */
  readonly warnings: ReadonlyArray<string>
  readonly elapsedMs: number
}

/**
 * company.contact is required by the uploader (联系电话, `required` in core's company spec) and Berka has no
 * contact data at all. An empty cell would get the whole company file rejected, so the cell says plainly
 * that there is none instead of carrying a made-up phone number.
 */
export const NO_CONTACT = "未提供"

/** What each table becomes, and what is left out and why: copied into the manifest and the README. */
export const BERKA_COVERAGE: Readonly<Record<BerkaTable, { usedFor: string; notConverted: string }>> = {
  district: {
    usedFor: "organization.csv: A1/A2 → outlet D<A1>, A3 (region) → sub-branch R<nn>",
    notConverted: "A4–A16 (demographics, salaries, unemployment, crime): no upload column"
  },
  account: {
    usedFor: "company.csv: one customer A<account_id> per account, outlet = the account's district",
    notConverted: "frequency (statement frequency) and date (opening date): no upload column"
  },
  client: {
    usedFor: "checks that each owner exists; the owner's id is the customer's linkman",
    notConverted:
      "birth_number (birth date and sex of a private person) and address district: no upload column, and personal data a corporate customer record has no use for"
  },
  disp: {
    usedFor: "the OWNER disposition of each account → company.linkman `client <id>`",
    notConverted: "DISPONENT rows (authorised users): a customer has a single linkman"
  },
  loan: {
    usedFor: "nothing",
    notConverted:
      "loans are credit, not wealth products: no product, holding or financial_trade rows. Repayments are already in trade_flow (k_symbol UVER debits). Loan status measures credit risk, not the customer's risk tolerance, so it does not give a riskRating either"
  },
  order: {
    usedFor: "nothing",
    notConverted:
      "standing orders are payment instructions, not transactions, and there is no upload type for them; each execution is already a trans debit (k_symbol SIPO, POJISTNE, UVER, LEASING) in trade_flow"
  },
  card: {
    usedFor: "nothing",
    notConverted:
      "no upload type for cards; card withdrawals are in trade_flow with channel 卡取现. The card class (junior, classic, gold) says nothing about risk tolerance, so no riskRating"
  },
  trans: {
    usedFor: "trade_flow.csv: every row, in file order",
    notConverted:
      "trans_id (upload rows have no id; file order is kept), k_symbol (only to tell bank postings apart in channel), partner account number (anonymised)"
  }
}

interface District {
  readonly name: string
  readonly region: string
}

const FREQUENCIES = new Set(["POPLATEK MESICNE", "POPLATEK TYDNE", "POPLATEK PO OBRATU"])
const DISTRICT_NUMBER = /^\d+(\.\d+)?$/

const nonEmpty = (record: BerkaRecord, column: string, where: string): string => {
  const value = (record[column] ?? "").trim()
  if (value === "") throw new BerkaFormatError(`${where}: ${column} is empty`)
  return value
}

const known = <K>(map: ReadonlyMap<K, unknown> | ReadonlySet<K>, key: K, where: string, what: string): K => {
  if (!map.has(key)) throw new BerkaFormatError(`${where}: unknown ${what} ${String(key)}`)
  return key
}

/** The input side of a run: where the files are, the order they are read in, their digests, the progress. */
interface Reader {
  readonly inDir: string
  readonly inputs: ReadonlyArray<BerkaInputSpec>
  readonly trans: BerkaInputSpec
  readonly digests: Map<BerkaTable, TableDigest>
  readonly onBytes: (compressedBytes: number) => void
}

/** What the small tables give the upload files. */
interface BerkaBank {
  readonly districts: ReadonlyMap<number, District>
  /** account_id → district_id */
  readonly accounts: ReadonlyMap<number, number>
  /** account_id → client_id of its OWNER disposition */
  readonly owners: ReadonlyMap<number, number>
}

const UPLOAD_FILES = ["organization.csv", "company.csv", "trade_flow.csv"] as const

export const convertBerka = async (options: BerkaOptions): Promise<BerkaManifest> => {
  const started = performance.now()
  const { inDir, outDir } = options
  const trans = await transInput(inDir)
  const inputs: ReadonlyArray<BerkaInputSpec> = [
    BERKA_INPUTS.district,
    BERKA_INPUTS.account,
    BERKA_INPUTS.client,
    BERKA_INPUTS.disp,
    BERKA_INPUTS.loan,
    BERKA_INPUTS.order,
    BERKA_INPUTS.card,
    trans
  ]
  const total = await compressedSize(inDir, inputs)
  let done = 0
  const onBytes = (n: number) => {
    done += n
    options.onProgress?.(done, total)
  }
  options.onProgress?.(0, total)
  const reader: Reader = { inDir, inputs, trans, digests: new Map(), onBytes }
  const bank = await readBank(reader)
  await ensureDir(outDir)
  let written: Awaited<ReturnType<typeof writeUploads>>
  try {
    written = await writeUploads(reader, bank, outDir)
  } catch (error) {
    // A half-written trade_flow.csv next to a fresh company.csv must not be mistaken for a conversion.
    await Promise.all(UPLOAD_FILES.map((file) => rm(join(outDir, file), { force: true })))
    throw error
  }
  const { checked, warnings } = checkInputs(reader)
  return { inDir, outDir, inputs: checked, ...written, warnings, elapsedMs: Math.round(performance.now() - started) }
}

/** Reads and cross-checks every table but trans; keeps only what the upload files need. */
const readBank = async (reader: Reader): Promise<BerkaBank> => {
  const read = async (input: BerkaInputSpec, onRow: (record: BerkaRecord, where: string) => void) => {
    reader.digests.set(input.table, await readTable(reader.inDir, input, onRow, reader.onBytes))
  }

  const districts = new Map<number, District>()
  await read(BERKA_INPUTS.district, (r, where) => {
    const id = berkaId(r.A1 ?? "", where, "A1")
    for (let i = 4; i <= 16; i++) {
      const value = r[`A${i}`] ?? ""
      // `?` marks a missing figure; the README documents it only in A12 and A15 (district 69, Jesenik).
      const missingAllowed = i === 12 || i === 15
      if (!(DISTRICT_NUMBER.test(value) || (missingAllowed && value === "?"))) {
        throw new BerkaFormatError(`${where}: A${i} is not a number: ${JSON.stringify(value)}`)
      }
    }
    districts.set(id, { name: nonEmpty(r, "A2", where), region: nonEmpty(r, "A3", where) })
  })

  const accounts = new Map<number, number>()
  await read(BERKA_INPUTS.account, (r, where) => {
    const id = berkaId(r.account_id ?? "", where, "account_id")
    const district = known(districts, berkaId(r.district_id ?? "", where, "district_id"), where, "district")
    if (!FREQUENCIES.has(r.frequency ?? "")) throw new BerkaFormatError(`${where}: unknown frequency ${r.frequency}`)
    berkaDate(r.date ?? "", where, "date")
    accounts.set(id, district)
  })

  const clients = new Set<number>()
  await read(BERKA_INPUTS.client, (r, where) => {
    known(districts, berkaId(r.district_id ?? "", where, "district_id"), where, "district")
    if (!/^\d{6}$/.test(r.birth_number ?? "")) throw new BerkaFormatError(`${where}: bad birth_number`)
    clients.add(berkaId(r.client_id ?? "", where, "client_id"))
  })

  const owners = new Map<number, number>()
  const dispositions = new Set<number>()
  await read(BERKA_INPUTS.disp, (r, where) => {
    const client = known(clients, berkaId(r.client_id ?? "", where, "client_id"), where, "client")
    const account = known(accounts, berkaId(r.account_id ?? "", where, "account_id"), where, "account")
    dispositions.add(berkaId(r.disp_id ?? "", where, "disp_id"))
    if (r.type === "OWNER") {
      if (owners.has(account)) throw new BerkaFormatError(`${where}: account ${account} has a second OWNER`)
      owners.set(account, client)
    } else if (r.type !== "DISPONENT") {
      throw new BerkaFormatError(`${where}: unknown disp type ${r.type}`)
    }
  })
  for (const account of accounts.keys()) {
    if (!owners.has(account)) throw new BerkaFormatError(`account ${account} has no OWNER disposition`)
  }

  // Not converted (see BERKA_COVERAGE), but read so their checksums are checked and their links verified.
  await read(BERKA_INPUTS.loan, (r, where) => {
    known(accounts, berkaId(r.account_id ?? "", where, "account_id"), where, "account")
  })
  await read(BERKA_INPUTS.order, (r, where) => {
    known(accounts, berkaId(r.account_id ?? "", where, "account_id"), where, "account")
  })
  await read(BERKA_INPUTS.card, (r, where) => {
    known(dispositions, berkaId(r.disp_id ?? "", where, "disp_id"), where, "disposition")
  })
  return { districts, accounts, owners }
}

const byId = <V>(map: ReadonlyMap<number, V>): Array<[number, V]> => [...map.entries()].sort(([a], [b]) => a - b)

/** Writes organization.csv and company.csv, then streams trans into trade_flow.csv. */
const writeUploads = async (
  reader: Reader,
  { districts, accounts, owners }: BerkaBank,
  outDir: string
): Promise<Pick<BerkaManifest, "files" | "tradeFlow">> => {
  const regions = sortedRegions([...districts.values()].map((d) => d.region))
  const regionCodes = new Map(regions.map((region, i) => [region, branchCode(i)]))
  const organizationLines = byId(districts).map(([id, d]) =>
    csvLine([regionCodes.get(d.region)!, d.region, outletCode(id), d.name])
  )
  const organization = await writeCsvFile(outDir, "organization.csv", UPLOAD_COLUMNS.organization, organizationLines)

  // riskRating stays empty: it is the customer's assessed risk tolerance for wealth products (DOMAIN.md §2),
  // and nothing in Berka assesses it; loans and cards describe credit, not investment appetite.
  const companyLines = byId(accounts).map(([id, district]) =>
    csvLine([
      companyCode(id),
      `Berka account ${id}`,
      outletCode(district),
      `client ${owners.get(id)}`,
      NO_CONTACT,
      "",
      ""
    ])
  )
  const company = await writeCsvFile(outDir, "company.csv", UPLOAD_COLUMNS.company, companyLines)

  const byDirection: Record<Direction, number> = { 借: 0, 贷: 0 }
  const byChannel: Record<string, number> = {}
  const flowAccounts = new Set<number>()
  let inBank = 0
  let firstDate = ""
  let lastDate = ""
  const { inDir, trans, digests, onBytes } = reader
  async function* tradeFlowLines(): AsyncGenerator<string> {
    const rows = tableRows(inDir, trans, (digest) => digests.set("trans", digest), onBytes)
    for await (const { record: r, where } of rows) {
      const account = known(accounts, berkaId(r.account_id ?? "", where, "account_id"), where, "account")
      const date = berkaDate(r.date ?? "", where, "date")
      const dir = direction(r.type ?? "", where)
      const amount = berkaHundredths(r.amount ?? "", where, "amount")
      if (amount < 0) throw new BerkaFormatError(`${where}: negative amount ${r.amount}`)
      const balance = berkaHundredths(r.balance ?? "", where, "balance")
      // The partner bank is an anonymised code of another bank; empty means no partner (cash, card,
      // interest, fees), which the uploader counts as in-bank. `""` with partner account "0" is also empty.
      const bank = (r.bank ?? "").trim()
      const via = channel((r.operation ?? "").trim(), (r.k_symbol ?? "").trim(), where)
      byDirection[dir]++
      byChannel[via] = (byChannel[via] ?? 0) + 1
      if (bank === "") inBank++
      flowAccounts.add(account)
      if (firstDate === "" || date < firstDate) firstDate = date
      if (date > lastDate) lastDate = date
      // Berka has dates only: every row is at 00:00:00 and same-day rows keep the file order (DOMAIN.md §3).
      const time = `${date} 00:00:00`
      yield csvLine([companyCode(account), String(account), time, dir, money(amount), money(balance), bank, via])
    }
  }
  const tradeFlow = await writeCsvFileAsync(outDir, "trade_flow.csv", UPLOAD_COLUMNS.trade_flow, tradeFlowLines())
  return {
    files: [
      { type: "organization", ...organization },
      { type: "company", ...company },
      { type: "trade_flow", ...tradeFlow }
    ],
    tradeFlow: {
      rows: tradeFlow.rows,
      accounts: flowAccounts.size,
      firstDate,
      lastDate,
      byDirection,
      byChannel,
      inBank
    }
  }
}

/** Compares every input's row count and checksum with the README's; a difference is a warning. */
const checkInputs = ({ inputs, digests }: Reader): { checked: Array<BerkaInput>; warnings: Array<string> } => {
  const warnings: Array<string> = []
  const checked = inputs.map((input): BerkaInput => {
    const digest = digests.get(input.table)
    if (digest === undefined) throw new Error(`${input.file} was not read to its end`)
    const rowsOk = digest.rows === input.expectedRows
    const shaOk = input.expectedSha256 === undefined || digest.sha256 === input.expectedSha256
    if (!rowsOk) warnings.push(`${input.file}: ${digest.rows} data rows, the README says ${input.expectedRows}`)
    if (!shaOk)
      warnings.push(`${input.file}: SHA-256 ${digest.sha256} differs from the README's ${input.expectedSha256}`)
    return {
      table: input.table,
      file: input.file,
      rows: digest.rows,
      expectedRows: input.expectedRows,
      sha256: digest.sha256,
      expectedSha256: input.expectedSha256 ?? null,
      matches: rowsOk && shaOk,
      partial: input.partial,
      ...BERKA_COVERAGE[input.table]
    }
  })
  return { checked, warnings }
}
