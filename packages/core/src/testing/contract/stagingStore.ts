/**
 * Contract for StagingStore: staged files listed in upload order without their rows, rows read back equal (nulls,
 * decimals, text kept), ids never given twice, dropping forgets a file and records the type's update time.
 */
import { Effect, Option } from "effect"
import { describe, expect } from "vitest"
import { RowColumns } from "../../Pipeline/RowColumns.js"
import type { StagedFile } from "../../Pipeline/Staging.js"
import { StagingStore } from "../../Pipeline/StagingStore.js"
import type { ValidationReport } from "../../Upload/Report.js"
import type { UploadType } from "../../Upload/UploadType.js"
import { financialTrade, tradeFlow } from "./datasetFixtures.js"
import { T0 } from "./fixtures.js"
import type { ContractTest } from "./harness.js"

const report = (type: UploadType, rows: number, ok = true): ValidationReport => ({
  type,
  ok,
  rows,
  errors: ok ? [] : [{ row: 2, column: "amount", value: "x.1", reason: "不是数字" }],
  errorCount: ok ? 0 : 1,
  fileErrors: [],
  definedCodes: ok ? ["C1"] : []
})

const flows = [
  tradeFlow("6222-01", "2024-03-01 09:00:00"),
  tradeFlow("6222-01", "2024-03-02 10:30:00", { direction: "借", amount: 0.01, counterpartyBank: "工商银行" }),
  tradeFlow("6222-02", "2024-03-03 23:59:59", { channel: null, balance: -12.5 })
]

const staged = (type: UploadType, fileName: string, at: number, rows?: RowColumns): Omit<StagedFile, "id"> => ({
  type,
  fileName,
  uploadedAt: at,
  uploadedBy: "admin",
  report: report(type, rows?.length ?? 1, rows !== undefined),
  rows
})

export const stagingStore = (test: ContractTest) =>
  describe("StagingStore", () => {
    test(
      "keeps staged files in upload order with their reports, and their rows apart",
      Effect.gen(function* () {
        const store = yield* StagingStore
        expect(yield* store.list()).toEqual({ files: [], uploadTimes: {}, updateTimes: {} })
        const a = yield* store.add(staged("trade_flow", "流水1.csv", T0, RowColumns.of("trade_flow", flows)))
        const b = yield* store.add(staged("trade_flow", "流水2.csv", T0 + 1))
        const c = yield* store.add(
          staged("financial_trade", "交易.csv", T0 + 2, RowColumns.of("financial_trade", [financialTrade("T1")]))
        )
        expect(new Set([a, b, c]).size).toBe(3)
        expect([a, b, c].map(Number).every((n) => Number.isInteger(n) && n > 0)).toBe(true)
        const state = yield* store.list()
        expect(state.files.map((f) => [f.id, f.fileName])).toEqual([
          [a, "流水1.csv"],
          [b, "流水2.csv"],
          [c, "交易.csv"]
        ])
        expect(state.files[1]).toEqual({ ...staged("trade_flow", "流水2.csv", T0 + 1), id: b, rows: undefined })
        expect(state.files[1]).not.toHaveProperty("rows")
        expect(state.uploadTimes).toEqual({ trade_flow: T0 + 1, financial_trade: T0 + 2 })
        const rows = yield* store.rows(a)
        expect(Option.map(rows, (r) => r.slice(0, r.length))).toEqual(Option.some(flows))
        expect(Option.map(yield* store.rows(c), (r) => r.slice(0, r.length))).toEqual(
          Option.some([financialTrade("T1")])
        )
        expect(yield* store.rows(b)).toEqual(Option.none())
        expect(yield* store.rows("999")).toEqual(Option.none())
      })
    )

    test(
      "dropping forgets the files and their rows, records the update time, and never gives an id again",
      Effect.gen(function* () {
        const store = yield* StagingStore
        const a = yield* store.add(staged("trade_flow", "a.csv", T0, RowColumns.of("trade_flow", flows)))
        const b = yield* store.add(staged("trade_flow", "b.csv", T0 + 1, RowColumns.of("trade_flow", flows)))
        yield* store.drop("trade_flow", [a])
        expect((yield* store.list()).updateTimes).toEqual({})
        yield* store.drop("trade_flow", [b], T0 + 5)
        expect(yield* store.list()).toEqual({
          files: [],
          uploadTimes: { trade_flow: T0 + 1 },
          updateTimes: { trade_flow: T0 + 5 }
        })
        expect(yield* store.rows(a)).toEqual(Option.none())
        const c = yield* store.add(staged("trade_flow", "c.csv", T0 + 9))
        expect(Number(c)).toBeGreaterThan(Math.max(Number(a), Number(b)))
        // Dropping what is gone already changes nothing.
        yield* store.drop("trade_flow", [a, b])
        expect((yield* store.list()).files.map((f) => f.id)).toEqual([c])
      })
    )

    test(
      "files staged at once all get distinct ids",
      Effect.gen(function* () {
        const store = yield* StagingStore
        const ids = yield* Effect.all(
          Array.from({ length: 8 }, (_, i) => store.add(staged("trade_flow", `f${i}.csv`, T0 + i))),
          { concurrency: "unbounded" }
        )
        expect(new Set(ids).size).toBe(8)
        expect((yield* store.list()).files).toHaveLength(8)
      })
    )
  })
