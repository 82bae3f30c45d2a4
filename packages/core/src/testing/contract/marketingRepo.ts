/**
 * Contract for MarketingRepo: records by id, a customer's records newest first (optionally one author's), periods
 * oldest first, replace and delete, and a taken id refused.
 */
import { Effect, Option } from "effect"
import { describe, expect } from "vitest"
import type { MarketingRecord } from "../../Marketing/MarketingTypes.js"
import { MarketingRepo } from "../../Ports/MarketingRepo.js"
import { T0 } from "./fixtures.js"
import type { ContractTest } from "./harness.js"

const HOUR = 3_600_000

export const marketingRecord = (id: string, patch: Partial<MarketingRecord> = {}): MarketingRecord => ({
  id,
  companyCode: "C1",
  type: 1,
  remark: `拜访 ${id}`,
  createTime: T0,
  authorId: 4,
  authorName: "王经理",
  createdAt: T0,
  updatedAt: T0,
  updatedBy: 4,
  ...patch
})

export const marketingRepo = (test: ContractTest) =>
  describe("MarketingRepo", () => {
    test(
      "insert then find answers every field; an unknown id answers none",
      Effect.gen(function* () {
        const repo = yield* MarketingRepo
        const r = marketingRecord("m1", { type: 5, remark: "无意向\n第二行", companyCode: "客户-01" })
        yield* repo.insert(r)
        expect(yield* repo.find("m1")).toEqual(Option.some(r))
        expect(Option.isNone(yield* repo.find("m2"))).toBe(true)
      })
    )

    test(
      "a second insert with the same id is a Conflict and keeps the first record",
      Effect.gen(function* () {
        const repo = yield* MarketingRepo
        yield* repo.insert(marketingRecord("m1"))
        const error = yield* Effect.flip(repo.insert(marketingRecord("m1", { remark: "other" })))
        expect(error._tag).toBe("Conflict")
        expect(Option.map(yield* repo.find("m1"), (r) => r.remark)).toEqual(Option.some("拜访 m1"))
      })
    )

    test(
      "listByCompany answers the customer's records newest first (ties: higher id first), paged, with the total",
      Effect.gen(function* () {
        const repo = yield* MarketingRepo
        yield* repo.insert(marketingRecord("a", { createTime: T0 }))
        yield* repo.insert(marketingRecord("b", { createTime: T0 + 2 * HOUR }))
        yield* repo.insert(marketingRecord("c", { createTime: T0 + HOUR }))
        yield* repo.insert(marketingRecord("d", { createTime: T0 + HOUR }))
        yield* repo.insert(marketingRecord("x", { companyCode: "C2" }))
        const first = yield* repo.listByCompany({ companyCode: "C1" }, { page: 1, count: 3 })
        expect(first.total).toBe(4)
        expect(first.items.map((r) => r.id)).toEqual(["b", "d", "c"])
        const second = yield* repo.listByCompany({ companyCode: "C1" }, { page: 2, count: 3 })
        expect(second.items.map((r) => r.id)).toEqual(["a"])
        expect((yield* repo.listByCompany({ companyCode: "C3" }, { page: 1, count: 10 })).total).toBe(0)
      })
    )

    test(
      "listByCompany with an author answers only that author's records",
      Effect.gen(function* () {
        const repo = yield* MarketingRepo
        yield* repo.insert(marketingRecord("a", { authorId: 4 }))
        yield* repo.insert(marketingRecord("b", { authorId: 7, createTime: T0 + 1 }))
        const mine = yield* repo.listByCompany({ companyCode: "C1", authorId: 7 }, { page: 1, count: 10 })
        expect(mine.total).toBe(1)
        expect(mine.items.map((r) => r.id)).toEqual(["b"])
      })
    )

    test(
      "update replaces the record and delete removes it from find, lists and periods",
      Effect.gen(function* () {
        const repo = yield* MarketingRepo
        yield* repo.insert(marketingRecord("a"))
        yield* repo.insert(marketingRecord("b"))
        const edited = marketingRecord("a", { type: 4, remark: "已成交", createTime: T0 + HOUR, updatedAt: T0 + 5 })
        yield* repo.update(edited)
        expect(yield* repo.find("a")).toEqual(Option.some(edited))
        yield* repo.delete("b")
        expect(Option.isNone(yield* repo.find("b"))).toBe(true)
        const list = yield* repo.listByCompany({ companyCode: "C1" }, { page: 1, count: 10 })
        expect(list.items.map((r) => r.id)).toEqual(["a"])
        expect((yield* repo.between(0, T0 * 2)).map((r) => r.id)).toEqual(["a"])
        yield* repo.delete("missing")
        yield* repo.update(marketingRecord("missing"))
        expect(Option.isNone(yield* repo.find("missing"))).toBe(true)
      })
    )

    test(
      "an update that moves a record to another customer moves it between the customers' lists",
      Effect.gen(function* () {
        const repo = yield* MarketingRepo
        yield* repo.insert(marketingRecord("a"))
        yield* repo.update(marketingRecord("a", { companyCode: "C2" }))
        expect((yield* repo.listByCompany({ companyCode: "C1" }, { page: 1, count: 10 })).total).toBe(0)
        expect((yield* repo.listByCompany({ companyCode: "C2" }, { page: 1, count: 10 })).total).toBe(1)
      })
    )

    test(
      "between answers records with from <= createTime <= to, oldest first, across customers",
      Effect.gen(function* () {
        const repo = yield* MarketingRepo
        yield* repo.insert(marketingRecord("early", { createTime: T0 - 1 }))
        yield* repo.insert(marketingRecord("start", { createTime: T0, companyCode: "C2" }))
        yield* repo.insert(marketingRecord("mid", { createTime: T0 + HOUR }))
        yield* repo.insert(marketingRecord("end", { createTime: T0 + 2 * HOUR }))
        yield* repo.insert(marketingRecord("late", { createTime: T0 + 2 * HOUR + 1 }))
        const found = yield* repo.between(T0, T0 + 2 * HOUR)
        expect(found.map((r) => r.id)).toEqual(["start", "mid", "end"])
      })
    )
  })
