/**
 * The portrait engine against DuckDB SQL written independently from DOMAIN.md §3, on a seeded synthetic
 * dataset: 200 customers over 3 sub-branches, several accounts each, ~50k transactions over 20 months.
 */
/// <reference types="node" />
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { computePortraits } from "../src/Portrait/index.js"
import { crossCheckWithDuckDB } from "./portrait-support/crossCheck.js"
import { generateTradeCsv } from "./portrait-support/generateTrades.js"
import { readCompaniesCsv, readTradeCsv } from "./portrait-support/readTradeCsv.js"

const dir = mkdtempSync(join(tmpdir(), "portrait-duckdb-"))
const trades = join(dir, "trade_flow.csv")
const companies = join(dir, "companies.csv")
const ourBankCodes = ["OURBANK"]

beforeAll(() => {
  generateTradeCsv(trades, companies, {
    seed: 20240611,
    companies: 200,
    transactions: 50_000,
    endDate: "2025-06-15",
    months: 20,
    branches: 3,
    outletsPerBranch: 3,
    ourBank: "OURBANK"
  })
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe("portrait engine vs DuckDB", () => {
  it("covers the edge cases it is meant to test", () => {
    const list = readCompaniesCsv(companies)
    const set = computePortraits({ trades: readTradeCsv(trades, list, ourBankCodes), companies: list })
    const count = (pred: (p: (typeof set.portraits)[number]) => boolean) => set.portraits.filter(pred).length
    expect(set.window).toEqual({ first: "2024-07-01", last: "2025-06-15" })
    expect(count((p) => p.all.trade === null)).toBeGreaterThan(0) // no trade at all
    expect(count((p) => p.all.hourBalance === null && p.all.monthBalance !== null)).toBeGreaterThan(0) // quiet
    expect(count((p) => p.borrow.hourBalance === null && p.lend.hourBalance !== null)).toBeGreaterThan(0)
    expect(count((p) => p.lend.hourBalance === null && p.borrow.hourBalance !== null)).toBeGreaterThan(0)
    expect(count((p) => p.months[0]?.avgBalance === null && p.all.monthBalance !== null)).toBeGreaterThan(0) // late
    expect(count((p) => p.all.trade?.quantityFluctuationDegree === "高")).toBeGreaterThan(0)
  })

  it("agrees on every figure with D = the latest trade date", async () => {
    const report = await crossCheckWithDuckDB(trades, companies, { ourBankCodes })
    expect(report.transactions).toBeGreaterThan(40_000)
    expect(report.figuresCompared).toBeGreaterThan(1500)
    expect(report.mismatches.slice(0, 20)).toEqual([])
  })

  it("agrees with a configured D earlier than the latest trade", async () => {
    const report = await crossCheckWithDuckDB(trades, companies, { ourBankCodes, analysisDate: "2025-03-31" })
    expect(report.mismatches.slice(0, 20)).toEqual([])
  })

  it("agrees with a configured D after the latest trade", async () => {
    const report = await crossCheckWithDuckDB(trades, companies, { ourBankCodes, analysisDate: "2025-08-02" })
    expect(report.mismatches.slice(0, 20)).toEqual([])
  })
})
