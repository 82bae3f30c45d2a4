/** Contract for CompanyRepo: snapshot replacement, lookup by code, listing, counting and moving by outlet. */
import { Effect, Option } from "effect"
import { describe, expect } from "vitest"
import type { CompanyCode } from "../../Domain/Ids.js"
import { CompanyRepo } from "../../Ports/CompanyRepo.js"
import { code, company, fields } from "./fixtures.js"
import type { ContractTest } from "./harness.js"

const companyCode = (s: string) => s as CompanyCode

export const companyRepo = (test: ContractTest) =>
  describe("CompanyRepo", () => {
    test(
      "replaceAll stores the customers with every field, findByCode answers them and nothing else",
      Effect.gen(function* () {
        const repo = yield* CompanyRepo
        const rated = company("C1", "O11", { riskRating: "R3", listedCompanyId: "600000" })
        yield* repo.replaceAll([rated, company("C2", "O12")])
        expect(Option.map(yield* repo.findByCode(companyCode("C1")), fields)).toEqual(Option.some(fields(rated)))
        expect(Option.map(yield* repo.findByCode(companyCode("C2")), fields)).toEqual(
          Option.some(fields(company("C2", "O12")))
        )
        expect(Option.isNone(yield* repo.findByCode(companyCode("C3")))).toBe(true)
      })
    )

    test(
      "replaceAll drops every customer that the new snapshot does not hold",
      Effect.gen(function* () {
        const repo = yield* CompanyRepo
        yield* repo.replaceAll([company("C1", "O11"), company("C2", "O11")])
        yield* repo.replaceAll([company("C2", "O12", { name: "Renamed" }), company("C3", "O12")])
        expect(Option.isNone(yield* repo.findByCode(companyCode("C1")))).toBe(true)
        expect(Option.map(yield* repo.findByCode(companyCode("C2")), (c) => c.name)).toEqual(Option.some("Renamed"))
        expect(yield* repo.countByOutlet(code("O11"))).toBe(0)
        expect(yield* repo.countByOutlet(code("O12"))).toBe(2)
        yield* repo.replaceAll([])
        expect(yield* repo.countByOutlet(code("O12"))).toBe(0)
      })
    )

    test(
      "list answers nothing before the first upload, then every current customer with every field",
      Effect.gen(function* () {
        const repo = yield* CompanyRepo
        expect(yield* repo.list()).toEqual([])
        const rated = company("C1", "O11", { riskRating: "R5", listedCompanyId: "600036" })
        yield* repo.replaceAll([rated, company("C2", "O12")])
        expect((yield* repo.list()).map(fields)).toEqual([fields(rated), fields(company("C2", "O12"))])
        yield* repo.replaceAll([company("C3", "O12")])
        expect((yield* repo.list()).map(fields)).toEqual([fields(company("C3", "O12"))])
        yield* repo.replaceAll([])
        expect(yield* repo.list()).toEqual([])
      })
    )

    test(
      "list orders customers by code in binary order, whatever order they were uploaded in",
      Effect.gen(function* () {
        const repo = yield* CompanyRepo
        // Binary order: digits before upper case before lower case; "C10" before "C2"; no locale collation.
        const codes = ["c1", "C2", "C10", "B9", "a0", "10", "C1", "客户1"]
        yield* repo.replaceAll(codes.map((c) => company(c, "O11")))
        expect((yield* repo.list()).map((c) => c.code)).toEqual(["10", "B9", "C1", "C10", "C2", "a0", "c1", "客户1"])
      })
    )

    test(
      "list follows moveOutlet and keeps one customer per code, the last one listed winning",
      Effect.gen(function* () {
        const repo = yield* CompanyRepo
        yield* repo.replaceAll([company("C2", "O11"), company("C1", "O11", { name: "First" }), company("C1", "O12")])
        yield* repo.moveOutlet(code("O12"), code("O13"))
        expect((yield* repo.list()).map((c) => [c.code, c.name, c.outletCode])).toEqual([
          ["C1", "Company C1", "O13"],
          ["C2", "Company C2", "O11"]
        ])
      })
    )

    test(
      "countByOutlet counts the customers of one outlet",
      Effect.gen(function* () {
        const repo = yield* CompanyRepo
        yield* repo.replaceAll([company("C1", "O11"), company("C2", "O11"), company("C3", "O12")])
        expect(yield* repo.countByOutlet(code("O11"))).toBe(2)
        expect(yield* repo.countByOutlet(code("O12"))).toBe(1)
        expect(yield* repo.countByOutlet(code("O99"))).toBe(0)
      })
    )

    test(
      "moveOutlet moves exactly one outlet's customers, keeping their other fields, and answers how many",
      Effect.gen(function* () {
        const repo = yield* CompanyRepo
        const c1 = company("C1", "O11", { riskRating: "R2" })
        yield* repo.replaceAll([c1, company("C2", "O11"), company("C3", "O12"), company("C4", "O13")])
        expect(yield* repo.moveOutlet(code("O11"), code("O12"))).toBe(2)
        expect(Option.map(yield* repo.findByCode(companyCode("C1")), fields)).toEqual(
          Option.some({ ...fields(c1), outletCode: "O12" })
        )
        expect(yield* repo.countByOutlet(code("O11"))).toBe(0)
        expect(yield* repo.countByOutlet(code("O12"))).toBe(3)
        expect(yield* repo.countByOutlet(code("O13"))).toBe(1)
        expect(yield* repo.moveOutlet(code("O11"), code("O13"))).toBe(0)
      })
    )
  })
