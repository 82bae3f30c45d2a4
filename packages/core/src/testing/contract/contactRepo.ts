/** Contract for ContactRepo: edits are found by customer code, one per customer, the latest replacing earlier ones. */
import { Effect, Option } from "effect"
import { describe, expect } from "vitest"
import { type ContactOverride, ContactRepo } from "../../Ports/ContactRepo.js"
import { T0 } from "./fixtures.js"
import type { ContractTest } from "./harness.js"

const edit = (companyCode: string, patch: Partial<ContactOverride> = {}): ContactOverride => ({
  companyCode,
  linkman: `联系人 ${companyCode}`,
  contact: "0571-88886666",
  uploadedLinkman: "张三",
  uploadedContact: "13800000001",
  updatedAt: T0,
  updatedBy: 3,
  ...patch
})

export const contactRepo = (test: ContractTest) =>
  describe("ContactRepo", () => {
    test(
      "find answers none for a customer never edited",
      Effect.gen(function* () {
        const repo = yield* ContactRepo
        expect(Option.isNone(yield* repo.find("C1"))).toBe(true)
      })
    )

    test(
      "save stores every field, and find answers it for that customer only",
      Effect.gen(function* () {
        const repo = yield* ContactRepo
        yield* repo.save(edit("C1"))
        yield* repo.save(edit("C2", { linkman: "李四", updatedBy: null }))
        expect(yield* repo.find("C1")).toEqual(Option.some(edit("C1")))
        expect(yield* repo.find("C2")).toEqual(Option.some(edit("C2", { linkman: "李四", updatedBy: null })))
        expect(Option.isNone(yield* repo.find("c1"))).toBe(true)
        expect(Option.isNone(yield* repo.find("C3"))).toBe(true)
      })
    )

    test(
      "a second save of the same customer replaces the first entirely",
      Effect.gen(function* () {
        const repo = yield* ContactRepo
        yield* repo.save(edit("C1"))
        const later = edit("C1", {
          linkman: "王五",
          contact: "+86 (21) 5555-0000",
          uploadedLinkman: "赵六",
          uploadedContact: "021-1234",
          updatedAt: T0 + 60_000,
          updatedBy: 9
        })
        yield* repo.save(later)
        expect(yield* repo.find("C1")).toEqual(Option.some(later))
      })
    )

    test(
      "customer codes are kept exactly, with any characters",
      Effect.gen(function* () {
        const repo = yield* ContactRepo
        for (const code of ["客户-01", "a.b$c", "C 1"]) yield* repo.save(edit(code))
        for (const code of ["客户-01", "a.b$c", "C 1"])
          expect(Option.map(yield* repo.find(code), (e) => e.companyCode)).toEqual(Option.some(code))
      })
    )
  })
