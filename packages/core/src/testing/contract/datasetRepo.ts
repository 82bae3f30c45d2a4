/**
 * Contract for DatasetRepo: versions, typed rows as a pointer sees them (snapshot and event types), the atomic
 * pointer, discarding abandoned versions, garbage collection, and the portrait read model with its search.
 */
import { Chunk, Effect, Option, Stream } from "effect"
import { describe, expect } from "vitest"
import type { DatasetPointer } from "../../Data/DatasetPointer.js"
import { DatasetRepo } from "../../Data/DatasetRepo.js"
import type { UploadType } from "../../Upload/UploadType.js"
import { financialTrade, organization, pointer, product, storedPortrait, tradeFlow } from "./datasetFixtures.js"
import { datasetTrades } from "./datasetTrades.js"
import type { ContractTest } from "./harness.js"

const read = <T extends UploadType>(at: DatasetPointer, type: T) =>
  Effect.flatMap(DatasetRepo, (repo) => Stream.runCollect(repo.readRows(at, type))).pipe(
    Effect.map(Chunk.toReadonlyArray)
  )

/** Three reserved versions, each with a product, a transaction and a portrait of C1 named after it. */
const threeVersions = Effect.gen(function* () {
  const repo = yield* DatasetRepo
  const versions = [yield* repo.reserveVersion(), yield* repo.reserveVersion(), yield* repo.reserveVersion()] as const
  for (const v of versions) {
    yield* repo.writeRows(v, "product", [product(`P${v}`)])
    yield* repo.writeRows(v, "trade_flow", [tradeFlow(`A${v}`, "2024-01-02 09:00:00")])
    yield* repo.writePortraits(v, [storedPortrait("C1", { name: `Version ${v}` })])
  }
  return versions
})

const codesOf = (page: { readonly items: ReadonlyArray<{ readonly code: string }> }) => page.items.map((p) => p.code)

export const datasetRepo = (test: ContractTest) =>
  describe("DatasetRepo", () => {
    test(
      "pointer is none before the first activate; activate replaces it and pointer answers it field for field",
      Effect.gen(function* () {
        const repo = yield* DatasetRepo
        expect(Option.isNone(yield* repo.pointer())).toBe(true)
        const first = pointer(1, { product: 1, organization: 1 }, null)
        yield* repo.activate(first)
        expect(yield* repo.pointer()).toEqual(Option.some(first))
        const second = pointer(3, { product: 3, organization: 1, company: 2 })
        yield* repo.activate(second)
        expect(yield* repo.pointer()).toEqual(Option.some(second))
        const empty = pointer(4, {}, null)
        yield* repo.activate(empty)
        expect(yield* repo.pointer()).toEqual(Option.some(empty))
      })
    )

    test(
      "a switch to a version below one reserved since is refused and changes nothing (a later update fences it off)",
      Effect.gen(function* () {
        const repo = yield* DatasetRepo
        const first = yield* repo.reserveVersion()
        expect(Option.isNone(yield* repo.pointer())).toBe(true)
        expect(yield* repo.activate(pointer(first, { product: first }))).toBe(true)
        const paused = yield* repo.reserveVersion()
        const later = yield* repo.reserveVersion()
        expect(yield* repo.activate(pointer(paused, { product: paused }))).toBe(false)
        expect(yield* repo.pointer()).toEqual(Option.some(pointer(first, { product: first })))
        expect(yield* repo.activate(pointer(later, { product: later }))).toBe(true)
        expect(yield* repo.pointer()).toEqual(Option.some(pointer(later, { product: later })))
      })
    )

    test(
      "reserveVersion answers positive versions, each above every one answered before, concurrent calls included",
      Effect.gen(function* () {
        const repo = yield* DatasetRepo
        const sequential = [yield* repo.reserveVersion(), yield* repo.reserveVersion(), yield* repo.reserveVersion()]
        expect(sequential[0]).toBeGreaterThan(0)
        for (const v of sequential) expect(Number.isInteger(v)).toBe(true)
        expect(sequential[1]).toBeGreaterThan(sequential[0]!)
        expect(sequential[2]).toBeGreaterThan(sequential[1]!)
        const concurrent = yield* Effect.all(
          Array.from({ length: 6 }, () => repo.reserveVersion()),
          { concurrency: "unbounded" }
        )
        expect(new Set(concurrent).size).toBe(concurrent.length)
        for (const v of concurrent) expect(v).toBeGreaterThan(sequential[2]!)
        expect(yield* repo.reserveVersion()).toBeGreaterThan(Math.max(...concurrent))
      })
    )

    test(
      "a snapshot type's rows are seen only through pointer.snapshots[type], in the order written",
      Effect.gen(function* () {
        const repo = yield* DatasetRepo
        const v1 = yield* repo.reserveVersion()
        const v2 = yield* repo.reserveVersion()
        const first = [product("P2"), product("P1", { manualUrl: "https://bank.example/p1.pdf", remark: "新品" })]
        const more = [product("P0", { productType: "保本", termDays: 36_500, expectedRate: 0 })]
        yield* repo.writeRows(v1, "product", first)
        yield* repo.writeRows(v1, "product", more)
        yield* repo.writeRows(v2, "product", [product("P9")])
        yield* repo.writeRows(v1, "organization", [organization("O11"), organization("O12", "B02")])

        expect(yield* read(pointer(v2, { product: v1 }), "product")).toEqual([...first, ...more])
        expect(yield* read(pointer(v2, { product: v2 }), "product")).toEqual([product("P9")])
        expect(yield* read(pointer(v1, { product: v2 }), "product")).toEqual([product("P9")])
        // Not referenced by the pointer: nothing, whatever versions were written.
        expect(yield* read(pointer(v2, {}), "product")).toEqual([])
        expect(yield* read(pointer(v2, { product: v1 }), "organization")).toEqual([])
        expect(yield* read(pointer(v2, { product: v1 }), "peer_product")).toEqual([])
        expect(yield* read(pointer(v1, { organization: v1 }), "organization")).toEqual([
          organization("O11"),
          organization("O12", "B02")
        ])
      })
    )

    test(
      "an event type's rows are seen for every version up to pointer.version, by version, then in write order",
      Effect.gen(function* () {
        const repo = yield* DatasetRepo
        const [v1, v2, v3] = [yield* repo.reserveVersion(), yield* repo.reserveVersion(), yield* repo.reserveVersion()]
        const a = [tradeFlow("A1", "2024-01-02 09:00:00"), tradeFlow("A1", "2024-01-02 08:00:00")]
        const b = [tradeFlow("A2", "2024-01-03 09:00:00", { direction: "借", counterpartyBank: "102100099996" })]
        const c = [tradeFlow("A3", "2024-02-01 09:00:00")]
        const d = [tradeFlow("A4", "2024-03-01 09:00:00", { channel: null })]
        // Written out of version order: v2's rows first.
        yield* repo.writeRows(v2, "trade_flow", c)
        yield* repo.writeRows(v1, "trade_flow", a)
        yield* repo.writeRows(v3, "trade_flow", d)
        yield* repo.writeRows(v1, "trade_flow", b)

        expect(yield* read(pointer(v1), "trade_flow")).toEqual([...a, ...b])
        expect(yield* read(pointer(v2), "trade_flow")).toEqual([...a, ...b, ...c])
        expect(yield* read(pointer(v3, { product: v1 }), "trade_flow")).toEqual([...a, ...b, ...c, ...d])
        expect(yield* read(pointer(v1 - 1), "trade_flow")).toEqual([])
        // Event rows ignore pointer.snapshots, and other event types are apart.
        expect(yield* read(pointer(v3), "financial_trade")).toEqual([])
      })
    )

    test(
      "rows come back exactly: strings, nulls, booleans, decimals, negative and large numbers",
      Effect.gen(function* () {
        const repo = yield* DatasetRepo
        const v = yield* repo.reserveVersion()
        const flows = [
          tradeFlow("6222 0000", "2024-01-31 23:59:59", { amount: 0.01, balance: -1_234_567.89 }),
          tradeFlow("A'\"$.{}", "2024-02-01 00:00:00", { amount: 9_999_999_999_999.99, balance: 0, channel: "" }),
          tradeFlow("A2", "2024-02-02 12:00:00", { amount: 3_000_000_000, balance: 2_147_483_648 })
        ]
        const trades = [
          financialTrade("F1"),
          financialTrade("F2", {
            businessType: "认购",
            valueDate: "2024-03-02",
            expiryDate: "2025-03-02",
            amount: 0.000001,
            balance: null,
            interestRate: 4.05,
            allRedeemFlag: false
          }),
          financialTrade("F3", { allRedeemFlag: null, channel: "手机银行" })
        ]
        yield* repo.writeRows(v, "trade_flow", flows)
        yield* repo.writeRows(v, "financial_trade", trades)
        const readFlows = yield* read(pointer(v), "trade_flow")
        expect(readFlows).toEqual(flows)
        expect(yield* read(pointer(v), "financial_trade")).toEqual(trades)
        // Nothing more than the row's own fields, and only plain values.
        expect(Object.keys(readFlows[0]!).sort()).toEqual(Object.keys(flows[0]!).sort())
        for (const row of [...readFlows, ...(yield* read(pointer(v), "financial_trade"))]) {
          for (const value of Object.values(row)) {
            expect(value === null || ["string", "number", "boolean"].includes(typeof value)).toBe(true)
          }
        }
      })
    )

    test(
      "many rows written in batches stream back complete and in order",
      Effect.gen(function* () {
        const repo = yield* DatasetRepo
        const v1 = yield* repo.reserveVersion()
        const v2 = yield* repo.reserveVersion()
        const rows = (from: number, n: number) =>
          Array.from({ length: n }, (_, i) => tradeFlow(`A${from + i}`, "2024-01-02 09:00:00", { amount: from + i }))
        yield* repo.writeRows(v1, "trade_flow", rows(0, 1_000))
        yield* repo.writeRows(v1, "trade_flow", rows(1_000, 700))
        yield* repo.writeRows(v2, "trade_flow", rows(1_700, 900))
        const all = yield* read(pointer(v2), "trade_flow")
        expect(all.length).toBe(2_600)
        expect(all.map((r) => r.amount)).toEqual(Array.from({ length: 2_600 }, (_, i) => i))
        const firstThree = yield* Stream.runCollect(Stream.take(repo.readRows(pointer(v2), "trade_flow"), 3))
        expect(Chunk.toReadonlyArray(firstThree)).toEqual(rows(0, 3))
      })
    )

    test(
      "discardAbove removes the rows and portraits of higher versions only",
      Effect.gen(function* () {
        const repo = yield* DatasetRepo
        const [v1, v2, v3] = yield* threeVersions
        yield* repo.discardAbove(v1)

        expect(yield* read(pointer(v3, { product: v1 }), "product")).toEqual([product(`P${v1}`)])
        expect(yield* read(pointer(v3, { product: v2 }), "product")).toEqual([])
        expect(yield* read(pointer(v3, { product: v3 }), "product")).toEqual([])
        expect(yield* read(pointer(v3), "trade_flow")).toEqual([tradeFlow(`A${v1}`, "2024-01-02 09:00:00")])
        expect(yield* repo.portrait(v1, "C1")).toEqual(Option.some(storedPortrait("C1", { name: `Version ${v1}` })))
        expect(Option.isNone(yield* repo.portrait(v2, "C1"))).toBe(true)
        expect(Option.isNone(yield* repo.portrait(v3, "C1"))).toBe(true)
        expect((yield* repo.searchPortraits(v3, {}, { page: 1, count: 10 })).total).toBe(0)
        // A version once reserved is never answered again, even when discarded.
        expect(yield* repo.reserveVersion()).toBeGreaterThan(v3)
      })
    )

    test(
      "discardAbove up to a version leaves the versions above it: a superseded update removes only its own",
      Effect.gen(function* () {
        const repo = yield* DatasetRepo
        const [v1, v2, v3] = yield* threeVersions
        yield* repo.discardAbove(v1, v2)

        expect(yield* read(pointer(v3, { product: v2 }), "product")).toEqual([])
        expect(yield* read(pointer(v3, { product: v3 }), "product")).toEqual([product(`P${v3}`)])
        expect(yield* read(pointer(v3), "trade_flow")).toEqual([
          tradeFlow(`A${v1}`, "2024-01-02 09:00:00"),
          tradeFlow(`A${v3}`, "2024-01-02 09:00:00")
        ])
        expect(Option.isNone(yield* repo.portrait(v2, "C1"))).toBe(true)
        expect(yield* repo.portrait(v3, "C1")).toEqual(Option.some(storedPortrait("C1", { name: `Version ${v3}` })))
      })
    )

    test(
      "collectGarbage keeps what the active pointer sees and newer versions, and removes replaced snapshots and portraits",
      Effect.gen(function* () {
        const repo = yield* DatasetRepo
        const [v1, v2] = [yield* repo.reserveVersion(), yield* repo.reserveVersion()]
        const flow = (v: number) => tradeFlow(`A${v}`, "2024-01-02 09:00:00")
        const write = (v: number) =>
          Effect.gen(function* () {
            yield* repo.writeRows(v, "product", [product(`P${v}`)])
            yield* repo.writeRows(v, "trade_flow", [flow(v)])
            yield* repo.writePortraits(v, [storedPortrait("C1", { name: `Version ${v}` })])
          })
        yield* write(v1)
        yield* write(v2)
        yield* repo.writeRows(v1, "organization", [organization("O11")])
        yield* repo.writeRows(v1, "holding", [
          { companyCode: "C1", productCode: "P1", balance: 10, valueDate: "2024-01-01", expiryDate: "2024-12-31" }
        ])
        // v2 replaced product and dropped holding; organization stays v1's; v3 is being written.
        const active = pointer(v2, { product: v2, organization: v1 })
        expect(yield* repo.activate(active)).toBe(true)
        const v3 = yield* repo.reserveVersion()
        yield* write(v3)
        yield* repo.collectGarbage(active)

        expect(yield* read(active, "product")).toEqual([product(`P${v2}`)])
        expect(yield* read(active, "organization")).toEqual([organization("O11")])
        expect(yield* read(active, "trade_flow")).toEqual([flow(v1), flow(v2)])
        expect(yield* read(pointer(v2, { product: v1 }), "product")).toEqual([])
        expect(yield* read(pointer(v2, { holding: v1 }), "holding")).toEqual([])
        expect(Option.isNone(yield* repo.portrait(v1, "C1"))).toBe(true)
        expect(Option.map(yield* repo.portrait(v2, "C1"), (p) => p.name)).toEqual(Option.some(`Version ${v2}`))
        // The version being written is untouched.
        expect(yield* read(pointer(v3, { product: v3 }), "product")).toEqual([product(`P${v3}`)])
        expect(yield* read(pointer(v3), "trade_flow")).toEqual([flow(v1), flow(v2), flow(v3)])
        expect(Option.map(yield* repo.portrait(v3, "C1"), (p) => p.name)).toEqual(Option.some(`Version ${v3}`))
        expect(yield* repo.pointer()).toEqual(Option.some(active))
      })
    )

    test(
      "writePortraits stores portraits exactly, by version and code; a later write of a code replaces it",
      Effect.gen(function* () {
        const repo = yield* DatasetRepo
        const v1 = yield* repo.reserveVersion()
        const v2 = yield* repo.reserveVersion()
        const rated = storedPortrait("C1", { riskRating: "R3", listedCompanyId: "600036", idleFunds: null })
        const other = storedPortrait("C2", { outletCode: "O21", branchCode: "B02" })
        yield* repo.writePortraits(v1, [rated])
        yield* repo.writePortraits(v1, [other])
        yield* repo.writePortraits(v2, [storedPortrait("C1", { name: "Next" })])

        expect(yield* repo.portrait(v1, "C1")).toEqual(Option.some(rated))
        expect(yield* repo.portrait(v1, "C2")).toEqual(Option.some(other))
        expect(yield* repo.portrait(v2, "C1")).toEqual(Option.some(storedPortrait("C1", { name: "Next" })))
        expect(Option.isNone(yield* repo.portrait(v2, "C2"))).toBe(true)
        expect(Option.isNone(yield* repo.portrait(v1, "C3"))).toBe(true)
        expect(Option.isNone(yield* repo.portrait(v2 + 1, "C1"))).toBe(true)

        const renamed = storedPortrait("C1", { name: "Renamed", outletCode: "O12" })
        yield* repo.writePortraits(v1, [renamed])
        expect(yield* repo.portrait(v1, "C1")).toEqual(Option.some(renamed))
        expect((yield* repo.searchPortraits(v1, {}, { page: 1, count: 10 })).items).toEqual([renamed, other])
      })
    )

    test(
      "searchPortraits filters by keyword over code and name, ignoring case and literally, and by branch and outlet",
      Effect.gen(function* () {
        const repo = yield* DatasetRepo
        const v = yield* repo.reserveVersion()
        yield* repo.writePortraits(v, [
          storedPortrait("C3", { name: "Alpha.Beta Trading", outletCode: "O11", branchCode: "B01" }),
          storedPortrait("c10", { name: "上海 Steel", outletCode: "O12", branchCode: "B01" }),
          storedPortrait("AB1", { name: "AxBeta Foods", outletCode: "O21", branchCode: "B02" }),
          storedPortrait("X9", { name: "Harbour (Group) 100%", outletCode: "O21", branchCode: "B02" })
        ])
        yield* repo.writePortraits(v + 1, [storedPortrait("C4", { name: "Alpha Later" })])
        const search = (filter: Parameters<typeof repo.searchPortraits>[1]) =>
          Effect.map(repo.searchPortraits(v, filter, { page: 1, count: 10 }), codesOf)

        expect(yield* search({})).toEqual(["AB1", "C3", "X9", "c10"])
        expect(yield* search({ keyword: "  " })).toEqual(["AB1", "C3", "X9", "c10"])
        expect(yield* search({ keyword: "alpha" })).toEqual(["C3"])
        expect(yield* search({ keyword: " BETA " })).toEqual(["AB1", "C3"])
        expect(yield* search({ keyword: "a.b" })).toEqual(["C3"])
        expect(yield* search({ keyword: "C1" })).toEqual(["c10"])
        expect(yield* search({ keyword: "上海" })).toEqual(["c10"])
        expect(yield* search({ keyword: "(group) 100%" })).toEqual(["X9"])
        expect(yield* search({ keyword: ".*" })).toEqual([])
        expect(yield* search({ branchCode: "B01" })).toEqual(["C3", "c10"])
        expect(yield* search({ outletCode: "O21" })).toEqual(["AB1", "X9"])
        expect(yield* search({ branchCode: "B02", keyword: "beta" })).toEqual(["AB1"])
        expect(yield* search({ branchCode: "B01", outletCode: "O21" })).toEqual([])
        expect(yield* search({ branchCode: "b01" })).toEqual([])
        expect(yield* search({ keyword: "nothing" })).toEqual([])
      })
    )

    test(
      "searchPortraits orders by code in binary order and pages with the total of all matches",
      Effect.gen(function* () {
        const repo = yield* DatasetRepo
        const v = yield* repo.reserveVersion()
        const codes = ["c1", "C2", "C10", "B9", "a0", "10", "C1"]
        yield* repo.writePortraits(
          v,
          codes.map((c) => storedPortrait(c))
        )
        const sorted = ["10", "B9", "C1", "C10", "C2", "a0", "c1"]
        const page = (n: number, count: number) => repo.searchPortraits(v, {}, { page: n, count })
        expect(codesOf(yield* page(1, 100))).toEqual(sorted)
        const second = yield* page(2, 3)
        expect(second.total).toBe(7)
        expect(codesOf(second)).toEqual(["C10", "C2", "a0"])
        expect(second.items[0]).toEqual(storedPortrait("C10"))
        expect(codesOf(yield* page(3, 3))).toEqual(["c1"])
        expect(yield* page(4, 3)).toEqual({ total: 7, items: [] })
        const filtered = yield* repo.searchPortraits(v, { keyword: "c1" }, { page: 2, count: 2 })
        expect(filtered).toEqual({ total: 3, items: [storedPortrait("c1")] })
        expect(yield* repo.searchPortraits(v + 1, {}, { page: 1, count: 10 })).toEqual({ total: 0, items: [] })
      })
    )

    datasetTrades(test)
  })
