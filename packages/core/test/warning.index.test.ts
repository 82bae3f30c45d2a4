// The wealth index: holdings and trades joined to customers and products, ordered once, split by scope; the
// maturity window by binary search; scope narrowing; built once per data version through the ports.
import { Effect, Layer, Option, Stream } from "effect"
import { describe, expect, it } from "vitest"
import { DatasetRepo } from "../src/Data/DatasetRepo.js"
import { StorageError } from "../src/Errors.js"
import { makeMemoryDatasetRepo } from "../src/Memory/MemoryDatasetRepo.js"
import { financialTrade, pointer, product, storedPortrait } from "../src/testing/contract/datasetFixtures.js"
import type { UploadRow } from "../src/Upload/Specs.js"
import { WealthIndex } from "../src/Warning/WealthIndex.js"
import { maturingBetween, narrowScope, withKeyword } from "../src/Warning/WealthQueries.js"
import { buildWealthIndex, type WealthCustomer, within } from "../src/Warning/WealthRows.js"

const customer = (code: string, outletCode: string, branchCode: string): WealthCustomer => ({
  code,
  name: `企业 ${code}`,
  outletCode,
  branchCode
})
const holding = (companyCode: string, productCode: string, expiryDate: string): UploadRow<"holding"> => ({
  companyCode,
  productCode,
  balance: 10,
  valueDate: "2026-01-01",
  expiryDate
})

const customers = [customer("C1", "O11", "B1"), customer("C2", "O12", "B1"), customer("C3", "O21", "B2")]
const index = buildWealthIndex({
  customers,
  productNames: new Map([
    ["P1", "稳健一号"],
    ["P2", "安心二号"]
  ]),
  holdings: [
    holding("C2", "P1", "2026-03-01"),
    holding("C1", "P2", "2026-03-01"),
    holding("C1", "P1", "2026-03-01"),
    holding("C3", "P9", "2026-02-28"),
    holding("GONE", "P1", "2026-01-01"),
    holding("C1", "P1", "2028-02-29")
  ],
  trades: [
    financialTrade("T1", { companyCode: "C1", tradeTime: "2026-01-01 09:00:00" }),
    financialTrade("T2", { companyCode: "C3", tradeTime: "2026-02-01 09:00:00", productCode: "P2" }),
    financialTrade("T3", { companyCode: "C1", tradeTime: "2026-01-01 09:00:00" }),
    financialTrade("T4", { companyCode: "GONE", tradeTime: "2026-03-01 09:00:00" })
  ]
})
const holdingKeys = (entries: ReadonlyArray<{ customer: WealthCustomer; holding: UploadRow<"holding"> }>) =>
  entries.map((e) => `${e.customer.code}/${e.holding.productCode}/${e.holding.expiryDate}`)

describe("wealth index", () => {
  it("orders holdings soonest expiry first, then customer and product code, leaving out customers without portrait", () => {
    expect(holdingKeys(index.holdings.all)).toEqual([
      "C3/P9/2026-02-28",
      "C1/P1/2026-03-01",
      "C1/P2/2026-03-01",
      "C2/P1/2026-03-01",
      "C1/P1/2028-02-29"
    ])
  })

  it("joins product names, null for a product missing from the product file", () => {
    expect(index.holdings.all.map((e) => e.productName)).toEqual([null, "稳健一号", "安心二号", "稳健一号", "稳健一号"])
  })

  it("orders trades newest first, the later uploaded first among equal times", () => {
    expect(index.trades.all.map((e) => e.trade.tradeId)).toEqual(["T2", "T3", "T1"])
  })

  it("within keeps the order and answers only the requested sub-branch or outlet", () => {
    expect(holdingKeys(within(index.holdings, { branchCode: "B1" }))).toEqual([
      "C1/P1/2026-03-01",
      "C1/P2/2026-03-01",
      "C2/P1/2026-03-01",
      "C1/P1/2028-02-29"
    ])
    expect(holdingKeys(within(index.holdings, { outletCode: "O12" }))).toEqual(["C2/P1/2026-03-01"])
    expect(within(index.holdings, { outletCode: "O12", branchCode: "B2" })).toEqual([])
    expect(within(index.holdings, { outletCode: "O99" })).toEqual([])
    expect(within(index.trades, { branchCode: "B2" }).map((e) => e.trade.tradeId)).toEqual(["T2"])
  })

  it("maturingBetween includes both edge dates and nothing outside them", () => {
    const all = index.holdings.all
    expect(holdingKeys(maturingBetween(all, "2026-03-01", "2026-03-01"))).toEqual([
      "C1/P1/2026-03-01",
      "C1/P2/2026-03-01",
      "C2/P1/2026-03-01"
    ])
    expect(holdingKeys(maturingBetween(all, "2026-02-28", "2026-02-28"))).toEqual(["C3/P9/2026-02-28"])
    expect(holdingKeys(maturingBetween(all, "2028-02-29", "2028-03-01"))).toEqual(["C1/P1/2028-02-29"])
    expect(maturingBetween(all, "2026-03-02", "2028-02-28")).toEqual([])
    expect(maturingBetween(all, "2027-01-01", "2026-01-01")).toEqual([])
    expect(maturingBetween([], "2026-01-01", "2027-01-01")).toEqual([])
  })

  it("the keyword matches customer code or name and product code or name, ignoring case, never across fields", () => {
    const keys = (keyword: string) => holdingKeys(withKeyword(index.holdings.all, keyword))
    expect(keys("c3")).toEqual(["C3/P9/2026-02-28"])
    expect(keys("企业 C2")).toEqual(["C2/P1/2026-03-01"])
    expect(keys("p2")).toEqual(["C1/P2/2026-03-01"])
    expect(keys("安心")).toEqual(["C1/P2/2026-03-01"])
    expect(keys("  ")).toEqual(holdingKeys(index.holdings.all))
    expect(keys("C2企业")).toEqual([])
    expect(keys("C2\u0001企业")).toEqual([])
    expect(withKeyword(index.trades.all, "稳健").map((e) => e.trade.tradeId)).toEqual(["T3", "T1"])
  })

  it("narrowScope only narrows: a request outside the scope leaves nothing", () => {
    expect(narrowScope({}, { branchCode: "B2" })).toEqual(Option.some({ branchCode: "B2" }))
    expect(narrowScope({ branchCode: "B1" }, {})).toEqual(Option.some({ branchCode: "B1" }))
    expect(narrowScope({ branchCode: "B1" }, { outletCode: "O11" })).toEqual(
      Option.some({ branchCode: "B1", outletCode: "O11" })
    )
    expect(narrowScope({ branchCode: "B1" }, { branchCode: "B2" })).toEqual(Option.none())
    expect(narrowScope({ outletCode: "O11" }, { outletCode: "O12" })).toEqual(Option.none())
    expect(narrowScope({ outletCode: "O11" }, { branchCode: "B2" })).toEqual(
      Option.some({ branchCode: "B2", outletCode: "O11" })
    )
  })
})

describe("WealthIndex service", () => {
  /** A memory DatasetRepo that counts the row streams read, version 1 with one holding of C1. */
  const setup = () => {
    const repo = makeMemoryDatasetRepo()
    let reads = 0
    let failNext = false
    const counted: DatasetRepo["Type"] = {
      ...repo,
      readRows: (p, type) => {
        reads++
        if (failNext) {
          failNext = false
          return Stream.fail(new StorageError({ operation: "read rows", unavailable: true }))
        }
        return repo.readRows(p, type)
      }
    }
    const layer = WealthIndex.Default.pipe(Layer.provideMerge(Layer.succeed(DatasetRepo, counted)))
    return { repo, layer, reads: () => reads, failOnce: () => (failNext = true) }
  }

  it("builds once per data version and rebuilds for a new one", async () => {
    const s = setup()
    const program = Effect.gen(function* () {
      yield* s.repo.writeRows(1, "product", [product("P1")])
      yield* s.repo.writeRows(1, "holding", [holding("C1", "P1", "2026-03-01")])
      yield* s.repo.writePortraits(1, [storedPortrait("C1", { outletCode: "O11", branchCode: "B1" })])
      const v1 = pointer(1, { product: 1, holding: 1 })
      const wealth = yield* WealthIndex
      const first = yield* wealth.of(v1)
      const afterFirst = s.reads()
      const again = yield* wealth.of(v1)
      expect(again).toBe(first)
      expect(s.reads()).toBe(afterFirst)
      yield* s.repo.writeRows(2, "holding", [holding("C1", "P1", "2026-04-01"), holding("C1", "P1", "2026-05-01")])
      yield* s.repo.writePortraits(2, [storedPortrait("C1", { outletCode: "O11", branchCode: "B1" })])
      const second = yield* wealth.of(pointer(2, { product: 1, holding: 2 }))
      return { first, second, afterFirst, afterSecond: s.reads() }
    })
    const r = await Effect.runPromise(program.pipe(Effect.provide(s.layer)))
    expect(r.afterFirst).toBeGreaterThan(0)
    expect(r.afterSecond).toBeGreaterThan(r.afterFirst)
    expect(holdingKeys(r.first.holdings.all)).toEqual(["C1/P1/2026-03-01"])
    expect(holdingKeys(r.second.holdings.all)).toEqual(["C1/P1/2026-04-01", "C1/P1/2026-05-01"])
    expect(r.first.holdings.all[0]!.productName).toBe("稳健理财 P1")
  })

  it("does not keep a failed build: the next request builds again", async () => {
    const s = setup()
    const program = Effect.gen(function* () {
      yield* s.repo.writeRows(1, "holding", [holding("C1", "P1", "2026-03-01")])
      yield* s.repo.writePortraits(1, [storedPortrait("C1")])
      const v1 = pointer(1, { holding: 1 })
      const wealth = yield* WealthIndex
      s.failOnce()
      const failed = yield* Effect.exit(wealth.of(v1))
      const retried = yield* wealth.of(v1)
      return { failed: failed._tag, count: retried.holdings.all.length }
    })
    expect(await Effect.runPromise(program.pipe(Effect.provide(s.layer)))).toEqual({ failed: "Failure", count: 1 })
  })
})
