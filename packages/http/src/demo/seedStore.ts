/**
 * Puts the demo bank's organisations, customers and staff into an empty store.
 * Until the upload pipeline exists this reads the organization and company files directly.
 */
import { createReadStream } from "node:fs"
import { join } from "node:path"
import {
  Company,
  CompanyCode,
  CompanyRepo,
  Crypto,
  OrganisationRepo,
  OrgCode,
  RiskRating,
  type Role,
  Username,
  UserRepo
} from "@wm/core"
import { parse } from "csv-parse"
import { Clock, Effect, Option, Schema } from "effect"

export interface DemoUser {
  readonly username: string
  readonly name: string
  readonly role: Role
  readonly branchCode?: string | null | undefined
  readonly outletCode?: string | null | undefined
}

const readCsv = (path: string) =>
  Effect.promise(async () => {
    const rows: Array<Record<string, string>> = []
    for await (const row of createReadStream(path).pipe(parse({ columns: true, bom: true }))) rows.push(row)
    return rows
  })

const code = Schema.decodeUnknownSync(OrgCode)

export const seedDemoStore = (dir: string, users: ReadonlyArray<DemoUser>, password: string) =>
  Effect.gen(function* () {
    const orgs = yield* OrganisationRepo
    const userRepo = yield* UserRepo
    const companies = yield* CompanyRepo
    const crypto = yield* Crypto
    const now = yield* Clock.currentTimeMillis
    const audit = { createdAt: now, createdBy: null, updatedAt: now, updatedBy: null }

    for (const row of yield* readCsv(join(dir, "organization.csv"))) {
      const branchCode = code(row.branchCode)
      const existing = yield* orgs.findBranch(branchCode)
      const branch = Option.isSome(existing)
        ? existing.value
        : yield* orgs.insertBranch({ code: branchCode, name: row.branchName ?? "", ...audit })
      yield* orgs.insertOutlet({
        code: code(row.outletCode),
        name: row.outletName ?? "",
        branchId: branch.id,
        ...audit
      })
    }

    const companyRows = yield* readCsv(join(dir, "company.csv"))
    yield* companies.replaceAll(
      companyRows.map(
        (r) =>
          new Company({
            code: Schema.decodeUnknownSync(CompanyCode)(r.code),
            name: r.name ?? "",
            outletCode: code(r.outletCode),
            linkman: r.linkman ?? "",
            contact: r.contact ?? "",
            riskRating: r.riskRating ? Schema.decodeUnknownSync(RiskRating)(r.riskRating) : null,
            listedCompanyId: r.listedCompanyId || null
          })
      )
    )

    const passwordHash = yield* crypto.hashPassword(password)
    for (const u of users) {
      const branch = u.branchCode == null ? Option.none() : yield* orgs.findBranch(code(u.branchCode))
      const outlet = u.outletCode == null ? Option.none() : yield* orgs.findOutlet(code(u.outletCode))
      yield* userRepo.insert({
        username: Schema.decodeUnknownSync(Username)(u.username),
        name: u.name,
        role: u.role,
        branchId: Option.match(branch, { onNone: () => null, onSome: (b) => b.id }),
        outletId: Option.match(outlet, { onNone: () => null, onSome: (o) => o.id }),
        passwordHash,
        initialized: true,
        failedSignIns: 0,
        lockedUntil: null,
        createdAt: now,
        createdBy: null,
        updatedAt: now
      })
    }
    return { outlets: (yield* orgs.listOutlets({})).length, companies: companyRows.length, users: users.length }
  })
