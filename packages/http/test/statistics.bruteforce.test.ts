// The statistics lists against an independent brute-force computation over the demo bank (a small seeded one):
// every figure, the order for every sortType both ways, paging, and the callers' ranks with their ties.
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Crypto, OrganisationRepo, type OrgCode, UserRepo } from "@wm/core"
import { generateDemoBank } from "@wm/demo"
import { Effect } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { loadOrder } from "../src/demo/loadFiles.js"
import {
  type Bank,
  type Contact,
  conversionOf,
  historyOf,
  holdOf,
  type Org,
  rankAmong,
  readBank,
  readCsv,
  shanghaiMs
} from "./statistics-support/bruteForce.js"
import { uploadAndApply } from "./support/bankData.js"
import { type Harness, makeHarness, PASSWORD } from "./support/harness.js"

let h: Harness
let dir: string
let bank: Bank
let admin: string
let branches: Array<Org & { outlets: Array<Org> }>
const contacts: Array<Contact> = []
const signIns: Array<{ userId: number; at: number }> = []
const users: Array<{ id: number; branchId: number | null; outletId: number | null; token: string; name: string }> = []

/** A deterministic sequence, so a failure can be replayed. */
let seed = 20261123
const next = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
  return seed / 2 ** 31
}

const addUser = async (username: string, role: 4 | 5, branchCode: string, outletCode: string | null) => {
  const id = await h.runtime.runPromise(
    Effect.gen(function* () {
      const orgs = yield* OrganisationRepo
      const branch = yield* orgs.findBranch(branchCode as OrgCode)
      const outlet = outletCode === null ? null : yield* orgs.findOutlet(outletCode as OrgCode)
      const hash = yield* Effect.flatMap(Crypto, (c) => c.hashPassword(PASSWORD))
      const user = yield* Effect.flatMap(UserRepo, (repo) =>
        repo.insert({
          username: username as never,
          name: username,
          role,
          branchId: branch._tag === "Some" ? branch.value.id : (null as never),
          outletId: outlet?._tag === "Some" ? outlet.value.id : (null as never),
          passwordHash: hash,
          initialized: true,
          failedSignIns: 0,
          lockedUntil: null,
          createdAt: 0,
          createdBy: null,
          updatedAt: 0
        })
      )
      return user
    })
  )
  return id
}

beforeAll(async () => {
  h = await makeHarness()
  dir = mkdtempSync(join(tmpdir(), "stats-"))
  await generateDemoBank({ outDir: dir, seed: 11, scale: 0.05, today: new Date(2026, 10, 23) })
  // The harness's own sub-branches (with their staff) stay in the tree next to the demo bank's.
  appendFileSync(
    join(dir, "organization.csv"),
    "\nB1,城东老城支行,B1O1,城东一网点\nB1,城东老城支行,B1O2,城东二网点\nB2,城西支行,B2O1,城西一网点\n"
  )
  signIns.push({ userId: h.staff.admin.id, at: h.clock.now() })
  admin = await h.signIn("admin")
  for (const type of loadOrder) {
    const r = await uploadAndApply(h, admin, type, readFileSync(join(dir, `${type}.csv`), "utf8"))
    expect(r.json.code, `${type}: ${r.json.msg}`).toBe(10000)
  }
  bank = readBank(dir)

  const tree = await h.runtime.runPromise(
    Effect.flatMap(OrganisationRepo, (o) => Effect.all([o.listBranches(), o.listOutlets({})]))
  )
  branches = tree[0]
    .map((b) => {
      const outlets = tree[1]
        .filter((o) => o.branchId === b.id)
        .map((o) => ({ id: o.id as number, code: o.code as string, name: o.name, outletCodes: [o.code as string] }))
        .sort((a, z) => (a.code < z.code ? -1 : 1))
      return {
        id: b.id as number,
        code: b.code as string,
        name: b.name,
        outletCodes: outlets.map((o) => o.code),
        outlets
      }
    })
    .sort((a, z) => (a.code < z.code ? -1 : 1))

  // Staff in the demo bank's organisations, some signed in at known times.
  for (const [name, role, branch, outlet] of [
    ["demo_rm", 4, "B01", "B01O02"],
    ["demo_rm2", 4, "B01", "B01O01"],
    ["demo_branch", 5, "B02", null],
    ["demo_branch2", 5, "B03", null]
  ] as const) {
    const u = await addUser(name, role, branch, outlet)
    users.push({ id: u.id, branchId: u.branchId, outletId: u.outletId, token: "", name })
  }
  for (const u of users.slice(0, 3)) {
    signIns.push({ userId: u.id, at: h.clock.now() })
    u.token = await h.signIn(u.name)
    h.clock.advance(60_000)
  }
  // The admin signed in above, outlet_rm signs in now.
  signIns.push({ userId: h.staff.outletRm.id, at: h.clock.now() })
  await h.signIn("outlet_rm")

  // Marketing contacts over the year, up to now (2026-11-23 about 10:05 in Shanghai).
  const codes = [...bank.outletOfCustomer.keys()]
  const start = shanghaiMs("2026-01-01 00:00:00")
  const now = h.clock.now()
  for (let i = 0; i < 150; i++) {
    const code = codes[Math.floor(next() * codes.length)]!
    // Half of them this month, so the month figures are not all zero.
    const at =
      next() < 0.5
        ? shanghaiMs("2026-11-01 00:00:00") + Math.floor(next() * (now - shanghaiMs("2026-11-01 00:00:00")))
        : start + Math.floor(next() * (now - start))
    const r = await h.call("POST", "/api/company/marketing", {
      token: admin,
      body: { code, type: Math.floor(next() * 6), remark: "", createTime: Math.floor(at / 1000) * 1000 }
    })
    expect(r.json.code, r.json.msg).toBe(10000)
    contacts.push({ code, at: Math.floor(at / 1000) * 1000 })
  }
}, 300_000)

afterAll(async () => {
  await h?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

/** The harness's manual clock starts at 2026-11-23 02:00 UTC. */
const CLOCK_START = Date.UTC(2026, 10, 23, 2, 0, 0)

const allOutlets = () => branches.flatMap((b) => b.outlets)
const month = { from: shanghaiMs("2026-11-01 00:00:00"), until: shanghaiMs("2026-12-01 00:00:00") }
const year = { from: shanghaiMs("2026-01-01 00:00:00"), until: shanghaiMs("2026-12-01 00:00:00") }
const period = { from: shanghaiMs("2026-03-01 00:00:00"), to: shanghaiMs("2026-09-30 23:59:59") }

const loginOf = (org: Org, level: "branch" | "outlet", from: number, to: number) => {
  const staff = [
    ...Object.values(h.staff).map((u) => ({ id: u.id as number, branchId: u.branchId, outletId: u.outletId })),
    ...users
  ]
  const outletIds = allOutlets()
    .filter((o) => org.outletCodes.includes(o.code))
    .map((o) => o.id)
  const members = staff.filter((u) =>
    level === "outlet" ? u.outletId !== null && outletIds.includes(u.outletId) : u.branchId === org.id
  )
  const signed = members.filter((u) => signIns.some((s) => s.userId === u.id && s.at >= from && s.at <= to)).length
  return [members.length, signed, members.length - signed]
}

interface ListCase {
  readonly path: string
  readonly columns: ReadonlyArray<string>
  readonly query: string
  readonly figures: (org: Org, level: "branch" | "outlet") => Array<number>
}

const lists: ReadonlyArray<ListCase> = [
  {
    path: "/api/statistics/history_list",
    columns: [
      "boughtBalance",
      "onlineBoughtBalance",
      "counterBoughtBalance",
      "redeemBalance",
      "onlineRedeemBalance",
      "counterRedeemBalance"
    ],
    query: "",
    figures: (org) => historyOf(bank, org, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY)
  },
  {
    path: "/api/statistics/history_list",
    columns: [
      "boughtBalance",
      "onlineBoughtBalance",
      "counterBoughtBalance",
      "redeemBalance",
      "onlineRedeemBalance",
      "counterRedeemBalance"
    ],
    query: `&starttime=${period.from}&endtime=${period.to}`,
    figures: (org) => historyOf(bank, org, period.from, period.to)
  },
  {
    path: "/api/statistics/hold_list",
    columns: ["balance", "guaranteedBalance", "nonGuaranteedBalance", "structuralBalance"],
    query: "",
    figures: (org) => holdOf(bank, org)
  },
  {
    path: "/api/statistics/conversion_rate",
    columns: [
      "recommandQuantityThisMonth",
      "conversionQuantityThisMonth",
      "conversionRateThisMonth",
      "conversionQuantityThisYear",
      "conversionRateThisYear"
    ],
    query: "",
    figures: (org) => conversionOf(bank, org, contacts, month, year)
  },
  {
    path: "/api/statistics/login",
    columns: ["totalAcountQuantity", "loginQuantity", "notLoginQuantity"],
    query: "",
    figures: (org, level) => loginOf(org, level, 0, Number.MAX_SAFE_INTEGER)
  },
  {
    path: "/api/statistics/login",
    columns: ["totalAcountQuantity", "loginQuantity", "notLoginQuantity"],
    // From the harness clock's start plus 90 s: the admin's and the first demo user's sign-ins are before it.
    query: `&starttime=${CLOCK_START + 90_000}&endtime=${CLOCK_START + 86_400_000}`,
    figures: (org, level) => loginOf(org, level, CLOCK_START + 90_000, CLOCK_START + 86_400_000)
  }
]

const expectedRows = (
  c: ListCase,
  orgs: ReadonlyArray<Org>,
  level: "branch" | "outlet",
  sortType?: number,
  sort?: number
) => {
  const rows = orgs.map((o) => ({ org: o, values: c.figures(o, level) }))
  if (sortType !== undefined) {
    const sign = sort === 0 ? 1 : -1
    rows.sort(
      (a, z) => sign * (a.values[sortType - 1]! - z.values[sortType - 1]!) || (a.org.code < z.org.code ? -1 : 1)
    )
  }
  return rows.map((r) => ({
    ...Object.fromEntries(c.columns.map((col, i) => [col, r.values[i]])),
    organizationName: r.org.name,
    organizationId: r.org.id
  }))
}

const get = async (token: string, path: string) => {
  const r = await h.call("GET", path, { token })
  expect(r.json.code, r.json.msg).toBe(10000)
  return r.json.data
}

describe("statistics equal a brute-force computation over the demo bank", () => {
  it("the data is interesting: purchases, holdings and conversions are not all zero", () => {
    expect(bank.trades.length).toBeGreaterThan(100)
    const converted = branches.map((b) => conversionOf(bank, b, contacts, month, year))
    expect(converted.some((v) => v[1]! > 0)).toBe(true)
    expect(converted.some((v) => v[3]! > 0)).toBe(true)
    expect(readCsv(join(dir, "holding.csv")).length).toBeGreaterThan(5)
  })

  it.each(lists.map((c) => [`${c.path}${c.query}`, c] as const))(
    "%s: rows of the bank in every order",
    async (_, c) => {
      const base = `${c.path}?count=100${c.query}`
      const plain = await get(admin, base)
      expect(plain.organizations).toEqual(expectedRows(c, branches, "branch"))
      expect(plain.total).toBe(branches.length)
      for (let sortType = 1; sortType <= c.columns.length; sortType++) {
        for (const sort of [0, 1]) {
          const sorted = await get(admin, `${base}&sortType=${sortType}&sort=${sort}`)
          expect(sorted.organizations, `sortType ${sortType} sort ${sort}`).toEqual(
            expectedRows(c, branches, "branch", sortType, sort)
          )
        }
      }
      const paged = await get(admin, `${c.path}?page=2&count=3&sortType=1${c.query}`)
      expect(paged.organizations).toEqual(expectedRows(c, branches, "branch", 1).slice(3, 6))
    }
  )

  it.each(lists.map((c) => [`${c.path}${c.query}`, c] as const))("%s: a sub-branch's outlets", async (_, c) => {
    for (const b of branches) {
      const rows = await get(admin, `${c.path}?count=100&branchId=${b.id}${c.query}`)
      expect(rows.organizations, b.code).toEqual(expectedRows(c, b.outlets, "outlet"))
    }
  })

  it.each(lists.map((c) => [`${c.path}${c.query}`, c] as const))(
    "%s: the callers' ranks, ties shared",
    async (_, c) => {
      const branchValues = branches.map((b) => c.figures(b, "branch"))
      for (const u of users.slice(0, 3)) {
        const data = await get(u.token, `${c.path}?count=100${c.query}`)
        const mine = branches.findIndex((b) => b.id === u.branchId)
        expect(data.branchRank, u.name).toEqual({
          ...Object.fromEntries(
            c.columns.map((col, f) => [
              `${col}Rank`,
              rankAmong(
                branchValues[mine]![f]!,
                branchValues.map((v) => v[f]!)
              )
            ])
          ),
          total: branches.length
        })
        if (u.outletId === null) {
          expect(data.outletRank).toBeUndefined()
          continue
        }
        const siblings = branches[mine]!.outlets
        const outletValues = siblings.map((o) => c.figures(o, "outlet"))
        const me = siblings.findIndex((o) => o.id === u.outletId)
        expect(data.outletRank, u.name).toEqual({
          ...Object.fromEntries(
            c.columns.map((col, f) => [
              `${col}Rank`,
              rankAmong(
                outletValues[me]![f]!,
                outletValues.map((v) => v[f]!)
              )
            ])
          ),
          total: siblings.length
        })
      }
    }
  )

  it("ties really occur among the ranked figures (the harness's empty sub-branches share a rank)", () => {
    const holds = branches.map((b) => holdOf(bank, b)[0]!)
    const zeros = holds.filter((v) => v === 0).length
    expect(zeros).toBeGreaterThanOrEqual(2)
    expect(rankAmong(0, holds)).toBe(holds.length - zeros + 1)
  })

  it("history_top and hold_top equal the products summed by brute force", async () => {
    const sums = (
      rows: Array<Record<string, string>>,
      amount: string,
      keep: (r: Record<string, string>) => boolean
    ) => {
      const m = new Map<string, number>()
      for (const r of rows)
        if (keep(r)) m.set(r.productCode!, (m.get(r.productCode!) ?? 0) + Math.round(Number(r[amount]) * 100))
      return [...m]
        .filter(([, v]) => v > 0)
        .sort((a, z) => z[1] - a[1] || (a[0] < z[0] ? -1 : 1))
        .slice(0, 20)
        .map(([code, v]) => [code, v / 100])
    }
    const known = (code: string) => bank.outletOfCustomer.has(code)
    const bought = sums(
      bank.trades,
      "amount",
      (t) => known(t.companyCode!) && (t.businessType === "认购" || t.businessType === "申购")
    )
    const held = sums(readCsv(join(dir, "holding.csv")), "balance", (r) => known(r.companyCode!))
    const top = async (path: string) =>
      (await get(admin, `${path}?count=100`)).products.map((p: { productCode: string; amount: number }) => [
        p.productCode,
        p.amount
      ])
    expect(await top("/api/statistics/history_top")).toEqual(bought)
    expect(await top("/api/statistics/hold_top")).toEqual(held)
  })
})
