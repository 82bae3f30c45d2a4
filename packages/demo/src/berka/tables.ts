/**
 * The eight Berka input files and a streaming reader for them: file bytes → gunzip → SHA-256 of the
 * decompressed bytes → csv-parse (`;`, CRLF, double quotes) → one record per data row, keyed by the header.
 * Nothing is buffered beyond the streams' own chunks, so the full 66 MB `trans` table reads in flat memory.
 */
import { createHash } from "node:crypto"
import { createReadStream } from "node:fs"
import { stat } from "node:fs/promises"
import { join } from "node:path"
import { Transform } from "node:stream"
import { pipeline } from "node:stream/promises"
import { createGunzip } from "node:zlib"
import { CsvError, parse } from "csv-parse"
import { BerkaFormatError } from "./mapping.js"

export type BerkaTable = "district" | "account" | "client" | "disp" | "loan" | "order" | "card" | "trans"

export interface BerkaInputSpec {
  readonly table: BerkaTable
  readonly file: string
  readonly columns: ReadonlyArray<string>
  /** Data rows the dataset's README counts (header excluded). */
  readonly expectedRows: number
  /** SHA-256 of the decompressed file from the dataset's README; undefined when it gives none. */
  readonly expectedSha256: string | undefined
  /** True for the truncated `trans` table (the first 49,102 of 1,056,320 rows). */
  readonly partial: boolean
}

const spec = (
  table: BerkaTable,
  columns: ReadonlyArray<string>,
  expectedRows: number,
  expectedSha256: string | undefined,
  file = `${table}.csv.gz`,
  partial = false
): BerkaInputSpec => ({ table, file, columns, expectedRows, expectedSha256, partial })

const DISTRICT_COLUMNS = Array.from({ length: 16 }, (_, i) => `A${i + 1}`)
const TRANS_COLUMNS = [
  "trans_id",
  "account_id",
  "date",
  "type",
  "operation",
  "amount",
  "balance",
  "k_symbol",
  "bank",
  "account"
]

/** The README's table of files, rows and checksums (/work/shared/data/berka/README.md). */
export const BERKA_INPUTS: Readonly<Record<Exclude<BerkaTable, "trans">, BerkaInputSpec>> = {
  district: spec("district", DISTRICT_COLUMNS, 77, "7f03cf3b9b82f0fdcc3abdf6cc716f145db8e9875c68e2d2e2f7151e9ecf4df3"),
  account: spec(
    "account",
    ["account_id", "district_id", "frequency", "date"],
    4_500,
    "58d7f50abd72e9b1a5568346f74bb54cd71224ee1db9f09a27d7cac563f38cc6"
  ),
  client: spec(
    "client",
    ["client_id", "birth_number", "district_id"],
    5_369,
    "e435c6b92d246f4f0dfd5e2827469d745c06238714c32b3ffb415eebe794e1a7"
  ),
  disp: spec(
    "disp",
    ["disp_id", "client_id", "account_id", "type"],
    5_369,
    "ebd801f77b6d322e8ebc08e52f188e7c8fca539325f85f57f8c73434da9d32d8"
  ),
  loan: spec(
    "loan",
    ["loan_id", "account_id", "date", "amount", "duration", "payments", "status"],
    682,
    "68535f609a254aa7a3f03dd8e27dcb822b532df12a0d6046f0666b8dc0b8ae8e"
  ),
  order: spec(
    "order",
    ["order_id", "account_id", "bank_to", "account_to", "amount", "k_symbol"],
    6_471,
    "035930fa6acd2ca42a935e654b21e1bb260248f49b6dc6e7de6351b7c4d56d02"
  ),
  card: spec(
    "card",
    ["card_id", "disp_id", "type", "issued"],
    892,
    "fc669bde6adf6457d87421c0bfb218e9c384a7032c6accd348d207a405e72109"
  )
}

/** The partial `trans` table shipped in the data folder. */
export const TRANS_PARTIAL = spec(
  "trans",
  TRANS_COLUMNS,
  49_102,
  "51e826ad355479df75908f85431d1967bddf8199871a92e0162961e5ba38ae62",
  "trans_partial.csv.gz",
  true
)

/**
 * The complete `trans` table, if someone puts a gzip of the original `trans.asc` next to the others as the
 * README suggests; it is read in preference to the partial one. The README gives no checksum for it.
 */
export const TRANS_FULL = spec("trans", TRANS_COLUMNS, 1_056_320, undefined, "trans.csv.gz")

/** An input file is not where it should be. */
export class BerkaMissingInput extends Error {
  override readonly name = "BerkaMissingInput"
}

const exists = async (path: string): Promise<boolean> => {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}

/** The trans file to read: the full table when present, else the partial one. */
export const transInput = async (inDir: string): Promise<BerkaInputSpec> =>
  (await exists(join(inDir, TRANS_FULL.file))) ? TRANS_FULL : TRANS_PARTIAL

export interface TableDigest {
  readonly rows: number
  readonly sha256: string
  readonly compressedBytes: number
  readonly bytes: number
}

export type BerkaRecord = Readonly<Record<string, string>>

const tap = (onChunk: (chunk: Buffer) => void): Transform =>
  new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      onChunk(chunk)
      callback(null, chunk)
    }
  })

export interface BerkaRow {
  readonly record: BerkaRecord
  /** `trans_partial.csv.gz line 17`, for error messages. */
  readonly where: string
}

/**
 * Streams one table's data rows. A slow consumer holds the stream back. After the last row `onDone` gets the
 * row count and the SHA-256 of the decompressed bytes; `onBytes` reports compressed bytes read, for a
 * progress bar. A header other than the expected one, a row with too few or too many cells or broken
 * quoting is a BerkaFormatError naming the file and line.
 */
export async function* tableRows(
  inDir: string,
  input: BerkaInputSpec,
  onDone: (digest: TableDigest) => void,
  onBytes: (compressedBytes: number) => void = () => undefined
): AsyncGenerator<BerkaRow, void, undefined> {
  const hash = createHash("sha256")
  let compressedBytes = 0
  let bytes = 0
  const expectedHeader = input.columns.join(";")
  const parser = parse({
    delimiter: ";",
    record_delimiter: "\r\n",
    quote: '"',
    columns: (header: Array<string>) => {
      if (header.join(";") !== expectedHeader) {
        throw new BerkaFormatError(`${input.file}: header is ${header.join(";")}, expected ${expectedHeader}`)
      }
      return header
    }
  })
  const reading = pipeline(
    createReadStream(join(inDir, input.file)),
    tap((chunk) => {
      compressedBytes += chunk.length
      onBytes(chunk.length)
    }),
    createGunzip(),
    tap((chunk) => {
      bytes += chunk.length
      hash.update(chunk)
    }),
    parser
  )
  reading.catch(() => undefined) // the same error ends the loop below, which rethrows it
  let rows = 0
  let completed = false
  try {
    for await (const record of parser as AsyncIterable<BerkaRecord>) {
      rows++
      // No Berka value spans lines, so data row n is line n + 1 (csv-parse's `info` option costs ~30 %).
      yield { record, where: `${input.file} line ${rows + 1}` }
    }
    completed = true
  } catch (error) {
    if (error instanceof CsvError) throw new BerkaFormatError(`${input.file}: ${error.message}`, { cause: error })
    throw error
  } finally {
    if (!completed) parser.destroy() // the consumer stopped early or failed: release the file
  }
  await reading
  onDone({ rows, sha256: hash.digest("hex"), compressedBytes, bytes })
}

/** Reads a whole table, handing each row to `onRow`; answers the row count and checksum. */
export const readTable = async (
  inDir: string,
  input: BerkaInputSpec,
  onRow: (record: BerkaRecord, where: string) => void,
  onBytes?: (compressedBytes: number) => void
): Promise<TableDigest> => {
  let digest: TableDigest | undefined
  for await (const { record, where } of tableRows(inDir, input, (d) => (digest = d), onBytes)) onRow(record, where)
  if (digest === undefined) throw new Error(`${input.file} was not read to its end`)
  return digest
}

/** Sum of the compressed sizes of the given inputs: the progress bar's total. */
export const compressedSize = async (inDir: string, inputs: ReadonlyArray<BerkaInputSpec>): Promise<number> => {
  let total = 0
  for (const input of inputs) {
    const path = join(inDir, input.file)
    if (!(await exists(path))) throw new BerkaMissingInput(`missing Berka input ${input.file} in ${inDir}`)
    total += (await stat(path)).size
  }
  return total
}
