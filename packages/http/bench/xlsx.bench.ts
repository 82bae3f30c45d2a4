/**
 * XLSX uploads: `npx tsx packages/http/bench/xlsx.bench.ts [--rows 200000]`.
 *
 * Writes the first ROWS transactions of a generated demo bank as an XLSX workbook (shared strings, numbers as
 * numbers, as Excel saves them) and as CSV, then validates and stages both exactly as an upload does
 * (validateUpload into RowColumns), in one run: wall and CPU time of each, and the XLSX / CSV ratio.
 */
import { mkdtempSync, openAsBlob, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { parseArgs } from "node:util"
import { RowColumns } from "@wm/core"
import { generateDemoBank } from "@wm/demo"
import ExcelJS from "exceljs"
import { validateUpload } from "../src/upload/index.js"

const { values } = parseArgs({ options: { rows: { type: "string", default: "200000" } } })
const rows = Number(values.rows)
const dir = mkdtempSync(join(tmpdir(), "xlsx-bench-"))
const cpuMs = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

try {
  await generateDemoBank({ outDir: dir, seed: 1, scale: Math.max(1, Math.ceil(rows / 500_000)) })
  const lines = readFileSync(join(dir, "trade_flow.csv"), "utf8")
    .split("\n")
    .slice(0, rows + 1)
  writeFileSync(join(dir, "flows.csv"), `${lines.join("\n")}\n`)
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: join(dir, "flows.xlsx"), useSharedStrings: true })
  const sheet = book.addWorksheet("trade_flow")
  sheet.addRow(lines[0]!.split(",")).commit()
  for (const line of lines.slice(1)) {
    const c = line.split(",")
    sheet.addRow([c[0], c[1], c[2], c[3], Number(c[4]), Number(c[5]), c[6], c[7]]).commit()
  }
  await book.commit()
  const companyCodes = new Set(
    readFileSync(join(dir, "company.csv"), "utf8")
      .split("\n")
      .slice(1)
      .map((l) => l.split(",")[0]!)
      .filter((code) => code !== "")
  )
  const references = {
    outletCodes: new Set<string>(),
    companyCodes,
    productCodes: new Set<string>(),
    listedCompanyIds: new Set<string>()
  }
  const measured: Record<string, number> = {}
  for (const name of ["flows.csv", "flows.xlsx"]) {
    const [started, startedCpu] = [performance.now(), cpuMs()]
    const staged = new RowColumns("trade_flow")
    const report = await validateUpload(await openAsBlob(join(dir, name)), "trade_flow", references, {
      fileName: name,
      onRow: (row) => staged.push(row)
    })
    if (!report.ok || staged.length !== rows) throw new Error(`${name}: ${JSON.stringify(report).slice(0, 300)}`)
    measured[name] = performance.now() - started
    console.log(
      `${name}: ${rows.toLocaleString("en-US")} rows validated and staged in ${(measured[name]! / 1000).toFixed(2)} s (CPU ${((cpuMs() - startedCpu) / 1000).toFixed(2)} s)`
    )
  }
  console.log(`XLSX / CSV: ${(measured["flows.xlsx"]! / measured["flows.csv"]!).toFixed(1)}× wall`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
