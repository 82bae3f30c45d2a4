/**
 * In-memory CompanyRepo: the reference behaviour for the port.
 */
import { Effect, Option } from "effect"
import { Company } from "../Domain/Company.js"
import type { CompanyRepo } from "../Ports/CompanyRepo.js"
import { byCodeUnits } from "./matching.js"

export const makeMemoryCompanyRepo = (): CompanyRepo["Type"] => {
  let companies = new Map<string, Company>()
  return {
    countByOutlet: (outletCode) =>
      Effect.sync(() => [...companies.values()].filter((c) => c.outletCode === outletCode).length),
    moveOutlet: (from, to) =>
      Effect.sync(() => {
        let n = 0
        for (const c of companies.values()) {
          if (c.outletCode === from) {
            companies.set(c.code, new Company({ ...c, outletCode: to }))
            n++
          }
        }
        return n
      }),
    list: () => Effect.sync(() => [...companies.values()].sort((a, b) => byCodeUnits(a.code, b.code))),
    findByCode: (code) => Effect.sync(() => Option.fromNullable(companies.get(code))),
    replaceAll: (list) =>
      Effect.sync(() => {
        companies = new Map(list.map((c) => [c.code, c]))
      })
  }
}
