/**
 * Contract for DatasetRepo's per-customer reads: `tradesOf` (newest first, later-written first among equal
 * times, paged, filtered by time range and direction, visible by pointer) and `holdingsOf`.
 */
import { Effect } from "effect"
import { describe, expect } from "vitest"
import { DatasetRepo } from "../../Data/DatasetRepo.js"
import type { UploadRow } from "../../Upload/Specs.js"
import { financialTrade, pointer, tradeFlow } from "./datasetFixtures.js"
import type { ContractTest } from "./harness.js"

const all = { page: 1, count: 100 }
const accounts = (page: { readonly items: ReadonlyArray<UploadRow<"trade_flow">> }) =>
  page.items.map((r) => r.accountNo)

const holding = (companyCode: string, productCode: string, balance = 10): UploadRow<"holding"> => ({
  companyCode,
  productCode,
  balance,
  valueDate: "2024-01-16",
  expiryDate: "2024-07-16"
})

export const datasetTrades = (test: ContractTest) =>
  describe("DatasetRepo per customer", () => {
    test(
      "tradesOf lists one customer's rows newest first, later-written first among equal times, by pointer",
      Effect.gen(function* () {
        const repo = yield* DatasetRepo
        const [v1, v2, v3] = [yield* repo.reserveVersion(), yield* repo.reserveVersion(), yield* repo.reserveVersion()]
        yield* repo.writeRows(v1, "trade_flow", [
          tradeFlow("A1", "2024-01-02 09:00:00"),
          tradeFlow("A2", "2024-01-05 09:00:00"),
          tradeFlow("X1", "2024-01-06 09:00:00", { companyCode: "C2" }),
          tradeFlow("A3", "2024-01-02 09:00:00")
        ])
        yield* repo.writeRows(v2, "trade_flow", [
          tradeFlow("A4", "2024-01-02 09:00:00"),
          tradeFlow("A5", "2024-02-01 00:00:00")
        ])
        yield* repo.writeRows(v3, "trade_flow", [tradeFlow("A6", "2024-03-01 00:00:00")])
        // Another event type stays apart.
        yield* repo.writeRows(v2, "financial_trade", [financialTrade("F1")])

        const v2Page = yield* repo.tradesOf(pointer(v2), "trade_flow", "C1", all)
        expect(v2Page.total).toBe(5)
        expect(accounts(v2Page)).toEqual(["A5", "A2", "A4", "A3", "A1"])
        expect(v2Page.items[0]).toEqual(tradeFlow("A5", "2024-02-01 00:00:00"))
        expect(accounts(yield* repo.tradesOf(pointer(v1), "trade_flow", "C1", all))).toEqual(["A2", "A3", "A1"])
        expect(accounts(yield* repo.tradesOf(pointer(v3), "trade_flow", "C1", all))).toEqual([
          "A6",
          "A5",
          "A2",
          "A4",
          "A3",
          "A1"
        ])
        expect(accounts(yield* repo.tradesOf(pointer(v3), "trade_flow", "C2", all))).toEqual(["X1"])
        expect(yield* repo.tradesOf(pointer(v3), "trade_flow", "C9", all)).toEqual({ total: 0, items: [] })
        expect(yield* repo.tradesOf(pointer(v1 - 1), "trade_flow", "C1", all)).toEqual({ total: 0, items: [] })
        expect(yield* repo.tradesOf(pointer(v3), "financial_trade", "C1", all)).toEqual({
          total: 1,
          items: [financialTrade("F1")]
        })
      })
    )

    test(
      "tradesOf pages with the total of all matches",
      Effect.gen(function* () {
        const repo = yield* DatasetRepo
        const v = yield* repo.reserveVersion()
        yield* repo.writeRows(
          v,
          "trade_flow",
          Array.from({ length: 7 }, (_, i) => tradeFlow(`A${i}`, `2024-01-0${i + 1} 09:00:00`))
        )
        const page = (n: number, count: number) => repo.tradesOf(pointer(v), "trade_flow", "C1", { page: n, count })
        const second = yield* page(2, 3)
        expect(second.total).toBe(7)
        expect(accounts(second)).toEqual(["A3", "A2", "A1"])
        expect(accounts(yield* page(3, 3))).toEqual(["A0"])
        expect(yield* page(4, 3)).toEqual({ total: 7, items: [] })
      })
    )

    test(
      "tradesOf filters by inclusive time range (a `to` date covers its day) and by direction",
      Effect.gen(function* () {
        const repo = yield* DatasetRepo
        const v = yield* repo.reserveVersion()
        yield* repo.writeRows(v, "trade_flow", [
          tradeFlow("A1", "2024-01-01 23:59:59", { direction: "借" }),
          tradeFlow("A2", "2024-01-02 00:00:00"),
          tradeFlow("A3", "2024-01-02 23:59:59", { direction: "借" }),
          tradeFlow("A4", "2024-01-03 00:00:00")
        ])
        yield* repo.writeRows(v, "financial_trade", [
          financialTrade("F1", { tradeTime: "2024-01-01 10:00:00" }),
          financialTrade("F2", { tradeTime: "2024-01-02 10:00:00" })
        ])
        const list = (filter: Parameters<typeof repo.tradesOf>[4]) =>
          Effect.map(repo.tradesOf(pointer(v), "trade_flow", "C1", all, filter), accounts)

        expect(yield* list({})).toEqual(["A4", "A3", "A2", "A1"])
        expect(yield* list({ from: "2024-01-02", to: "2024-01-02" })).toEqual(["A3", "A2"])
        expect(yield* list({ from: "2024-01-02 00:00:01" })).toEqual(["A4", "A3"])
        expect(yield* list({ to: "2024-01-02 00:00:00" })).toEqual(["A2", "A1"])
        expect(yield* list({ direction: "借" })).toEqual(["A3", "A1"])
        expect(yield* list({ direction: "贷", to: "2024-01-02" })).toEqual(["A2"])
        expect(yield* list({ from: "2024-01-04" })).toEqual([])
        const ft = yield* repo.tradesOf(pointer(v), "financial_trade", "C1", all, { from: "2024-01-02" })
        expect(ft.items.map((r) => r.tradeId)).toEqual(["F2"])
      })
    )

    test(
      "holdingsOf answers one customer's holdings of pointer.snapshots.holding, in the order written",
      Effect.gen(function* () {
        const repo = yield* DatasetRepo
        const v1 = yield* repo.reserveVersion()
        const v2 = yield* repo.reserveVersion()
        yield* repo.writeRows(v1, "holding", [holding("C1", "P2", 20.5), holding("C2", "P1"), holding("C1", "P1")])
        yield* repo.writeRows(v2, "holding", [holding("C1", "P9")])

        expect(yield* repo.holdingsOf(pointer(v2, { holding: v1 }), "C1")).toEqual([
          holding("C1", "P2", 20.5),
          holding("C1", "P1")
        ])
        expect(yield* repo.holdingsOf(pointer(v2, { holding: v1 }), "C2")).toEqual([holding("C2", "P1")])
        expect(yield* repo.holdingsOf(pointer(v2, { holding: v2 }), "C1")).toEqual([holding("C1", "P9")])
        expect(yield* repo.holdingsOf(pointer(v2, {}), "C1")).toEqual([])
        expect(yield* repo.holdingsOf(pointer(v2, { holding: v1 }), "C9")).toEqual([])
      })
    )

    test(
      "a write after a read is seen by the next read",
      Effect.gen(function* () {
        const repo = yield* DatasetRepo
        const v = yield* repo.reserveVersion()
        yield* repo.writeRows(v, "trade_flow", [tradeFlow("A1", "2024-01-01 09:00:00")])
        yield* repo.writeRows(v, "holding", [holding("C1", "P1")])
        expect((yield* repo.tradesOf(pointer(v), "trade_flow", "C1", all)).total).toBe(1)
        expect((yield* repo.holdingsOf(pointer(v, { holding: v }), "C1")).length).toBe(1)
        yield* repo.writeRows(v, "trade_flow", [tradeFlow("A2", "2024-01-02 09:00:00")])
        yield* repo.writeRows(v, "holding", [holding("C1", "P2")])
        expect(accounts(yield* repo.tradesOf(pointer(v), "trade_flow", "C1", all))).toEqual(["A2", "A1"])
        expect((yield* repo.holdingsOf(pointer(v, { holding: v }), "C1")).length).toBe(2)
      })
    )
  })
