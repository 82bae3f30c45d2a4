// OrganisationService: adding, renaming, moving, merging and deleting outlets and sub-branches, and scoped reads.
import { Effect, Option } from "effect"
import { describe, expect, it } from "vitest"
import { CompanyRepo, type NewOutletInput, OrganisationService, UserRepo } from "../src/index.js"
import { company } from "../src/testing/contract/fixtures.js"
import { code, failsWith, run, seedWorld, type Who } from "./support/world.js"

const input = (outletCode: string, outletName: string, branchCode: string, branchName: string): NewOutletInput => ({
  outletCode: code(outletCode),
  outletName,
  branchCode: code(branchCode),
  branchName
})

/** The tree as sub-branch code → outlet codes. */
const treeOf = (who: Who) =>
  Effect.gen(function* () {
    const world = yield* seedWorld
    const tree = yield* (yield* OrganisationService).tree(yield* world.as(who))
    return tree.map(({ branch, outlets }) => [branch.code, outlets.map((o) => o.code)])
  })

describe("OrganisationService add and rename", () => {
  it("adding an outlet with a new sub-branch creates both, stamped with the admin", () =>
    run(
      Effect.gen(function* () {
        const world = yield* seedWorld
        const orgs = yield* OrganisationService
        const admin = yield* world.as("admin")
        const added = yield* orgs.add(admin, input("O31", "Lakeside", "B03", "North"))
        expect([added.branch.code, added.outlet.branchId, added.outlet.createdBy]).toEqual([
          "B03",
          added.branch.id,
          admin.user.id
        ])
        const tree = yield* orgs.tree(admin)
        expect(tree.map((t) => [t.branch.code, t.outlets.map((o) => o.code)])).toEqual([
          ["B01", ["O11", "O12"]],
          ["B02", ["O21"]],
          ["B03", ["O31"]]
        ])
      })
    ))

  it("adding an outlet to an existing sub-branch reuses it, and a different sub-branch name is a Conflict naming branchName", () =>
    run(
      Effect.gen(function* () {
        const world = yield* seedWorld
        const orgs = yield* OrganisationService
        const admin = yield* world.as("admin")
        const added = yield* orgs.add(admin, input("O13", "Station", "B01", "East"))
        expect(added.branch.id).toBe(world.branches.east.id)
        const error = yield* failsWith(orgs.add(admin, input("O14", "Park", "B01", "Eastern")), "Conflict")
        expect(error.reason).toMatch(/^branchName: sub-branch B01 is named East$/)
        yield* failsWith(orgs.detail(admin, code("O14")), "NotFound")
      })
    ))

  it("a taken outlet code is a Conflict and leaves no new sub-branch behind", () =>
    run(
      Effect.gen(function* () {
        const world = yield* seedWorld
        const orgs = yield* OrganisationService
        const admin = yield* world.as("admin")
        yield* failsWith(orgs.add(admin, input("O11", "Again", "B01", "East")), "Conflict")
        yield* failsWith(orgs.add(admin, input("o21", "Again", "B09", "Nowhere")), "Conflict")
        expect((yield* orgs.tree(admin)).map((t) => t.branch.code)).toEqual(["B01", "B02"])
      })
    ))

  it("changeName renames the outlet and its sub-branch and records who changed them", () =>
    run(
      Effect.gen(function* () {
        const world = yield* seedWorld
        const orgs = yield* OrganisationService
        const admin = yield* world.as("admin")
        yield* orgs.changeName(admin, code("O11"), "Harbour Front", "East Side")
        const detail = yield* orgs.detail(admin, code("O11"))
        expect([detail.outlet.name, detail.branch.name, detail.updatedBy?.username]).toEqual([
          "Harbour Front",
          "East Side",
          "admin"
        ])
        expect((yield* orgs.detail(admin, code("O12"))).branch.name).toBe("East Side")
        yield* failsWith(orgs.changeName(admin, code("O99"), "X", "Y"), "NotFound")
      })
    ))
})

describe("OrganisationService moves, merges and deletes", () => {
  it("changeBranch moves the outlet and its users to the other sub-branch, leaving sub-branch staff behind", () =>
    run(
      Effect.gen(function* () {
        const world = yield* seedWorld
        const orgs = yield* OrganisationService
        const users = yield* UserRepo
        const admin = yield* world.as("admin")
        yield* orgs.changeBranch(admin, code("O11"), code("B02"))
        expect((yield* orgs.detail(admin, code("O11"))).branch.code).toBe("B02")
        const o11Rm = Option.getOrThrow(yield* users.findById(world.users.o11Rm.id))
        const eastRm = Option.getOrThrow(yield* users.findById(world.users.eastRm.id))
        expect([o11Rm.branchId, o11Rm.outletId]).toEqual([world.branches.west.id, world.outlets.o11.id])
        expect(eastRm.branchId).toBe(world.branches.east.id)
        yield* failsWith(orgs.detail(yield* world.as("eastAdmin"), code("O11")), "NotFound")
        yield* orgs.detail(yield* world.as("westAdmin"), code("O11"))
        yield* failsWith(orgs.changeBranch(admin, code("O11"), code("B09")), "NotFound")
      })
    ))

  it("merge moves the customers and users of one outlet into another, then deletes it", () =>
    run(
      Effect.gen(function* () {
        const world = yield* seedWorld
        const orgs = yield* OrganisationService
        const companies = yield* CompanyRepo
        const admin = yield* world.as("admin")
        yield* companies.replaceAll([company("C1", "O11"), company("C2", "O11"), company("C3", "O12")])
        expect(yield* orgs.merge(admin, code("O11"), code("O21"))).toEqual({ movedCompanies: 2, movedUsers: 1 })
        expect(yield* companies.countByOutlet(code("O21"))).toBe(2)
        expect(yield* companies.countByOutlet(code("O12"))).toBe(1)
        const moved = Option.getOrThrow(yield* (yield* UserRepo).findById(world.users.o11Rm.id))
        expect([moved.branchId, moved.outletId]).toEqual([world.branches.west.id, world.outlets.o21.id])
        yield* failsWith(orgs.detail(admin, code("O11")), "NotFound")
      })
    ))

  it("merging an outlet into itself or into an unknown outlet is refused and changes nothing", () =>
    run(
      Effect.gen(function* () {
        const world = yield* seedWorld
        const orgs = yield* OrganisationService
        const admin = yield* world.as("admin")
        yield* (yield* CompanyRepo).replaceAll([company("C1", "O11")])
        expect((yield* failsWith(orgs.merge(admin, code("O11"), code("O11")), "InvalidInput")).field).toBe(
          "newOutletCode"
        )
        yield* failsWith(orgs.merge(admin, code("O11"), code("O99")), "NotFound")
        yield* orgs.detail(admin, code("O11"))
        expect(yield* (yield* CompanyRepo).countByOutlet(code("O11"))).toBe(1)
      })
    ))

  it("an outlet with customers or users cannot be deleted (Conflict); an empty one can", () =>
    run(
      Effect.gen(function* () {
        const world = yield* seedWorld
        const orgs = yield* OrganisationService
        const admin = yield* world.as("admin")
        yield* (yield* CompanyRepo).replaceAll([company("C3", "O12")])
        yield* failsWith(orgs.delete(admin, code("O11")), "Conflict")
        yield* failsWith(orgs.delete(admin, code("O12")), "Conflict")
        yield* orgs.add(admin, input("O13", "Station", "B01", "East"))
        yield* orgs.delete(admin, code("O13"))
        yield* failsWith(orgs.detail(admin, code("O13")), "NotFound")
        yield* orgs.detail(admin, code("O12"))
      })
    ))

  it("a sub-branch can be deleted once it has no outlets and no users; until then it is a Conflict", () =>
    run(
      Effect.gen(function* () {
        const world = yield* seedWorld
        const orgs = yield* OrganisationService
        const admin = yield* world.as("admin")
        yield* failsWith(orgs.delete(admin, code("B01")), "Conflict")
        yield* orgs.merge(admin, code("O21"), code("O12"))
        yield* failsWith(orgs.delete(admin, code("B02")), "Conflict")
        yield* orgs.add(admin, input("O31", "Lakeside", "B03", "North"))
        yield* orgs.delete(admin, code("O31"))
        yield* orgs.delete(admin, code("B03"))
        expect((yield* orgs.tree(admin)).map((t) => t.branch.code)).toEqual(["B01", "B02"])
        yield* failsWith(orgs.delete(admin, code("B03")), "NotFound")
      })
    ))

  it.each<Who>(["bankRm", "eastAdmin", "o11Rm", "eastRm"])("%s may not change organisations (Forbidden)", (who) =>
    run(
      Effect.gen(function* () {
        const world = yield* seedWorld
        const orgs = yield* OrganisationService
        const actor = yield* world.as(who)
        yield* failsWith(orgs.add(actor, input("O13", "Station", "B01", "East")), "Forbidden")
        yield* failsWith(orgs.changeName(actor, code("O11"), "X", "Y"), "Forbidden")
        yield* failsWith(orgs.changeBranch(actor, code("O11"), code("B02")), "Forbidden")
        yield* failsWith(orgs.merge(actor, code("O11"), code("O12")), "Forbidden")
        yield* failsWith(orgs.delete(actor, code("O12")), "Forbidden")
        const detail = yield* orgs.detail(yield* world.as("admin"), code("O11"))
        expect([detail.outlet.name, detail.branch.code]).toEqual(["Harbour", "B01"])
      })
    )
  )
})

describe("OrganisationService reads by scope", () => {
  it.each<[Who, ReadonlyArray<string>]>([
    ["admin", ["O11", "O12", "O21"]],
    ["bankRm", ["O11", "O12", "O21"]],
    ["eastAdmin", ["O11", "O12"]],
    ["eastRm", ["O11", "O12"]],
    ["o11Rm", ["O11"]]
  ])("%s lists outlets %j", (who, expected) =>
    run(
      Effect.gen(function* () {
        const world = yield* seedWorld
        const page = yield* (yield* OrganisationService).list(yield* world.as(who), undefined, { page: 1, count: 10 })
        expect(page.total).toBe(expected.length)
        expect(page.items.map((v) => [v.outlet.code, v.branch.id === v.outlet.branchId])).toEqual(
          expected.map((c) => [c, true])
        )
      })
    )
  )

  it("the outlet list filters by keyword and pages with the full total", () =>
    run(
      Effect.gen(function* () {
        const world = yield* seedWorld
        const orgs = yield* OrganisationService
        const admin = yield* world.as("admin")
        const page = yield* orgs.list(admin, "east", { page: 2, count: 1 })
        expect([page.total, page.items.map((v) => v.outlet.code)]).toEqual([2, ["O12"]])
      })
    ))

  it.each<[Who, ReadonlyArray<[string, ReadonlyArray<string>]>]>([
    [
      "admin",
      [
        ["B01", ["O11", "O12"]],
        ["B02", ["O21"]]
      ]
    ],
    ["westAdmin", [["B02", ["O21"]]]],
    ["o11Rm", [["B01", ["O11"]]]]
  ])("%s sees the tree %j", (who, expected) => run(Effect.map(treeOf(who), (tree) => expect(tree).toEqual(expected))))

  it("an outlet outside the caller's scope answers NotFound like one that does not exist", () =>
    run(
      Effect.gen(function* () {
        const world = yield* seedWorld
        const orgs = yield* OrganisationService
        const o11Rm = yield* world.as("o11Rm")
        const detail = yield* orgs.detail(o11Rm, code("O11"))
        expect([detail.outlet.code, detail.branch.code, detail.createdBy?.username]).toEqual(["O11", "B01", "admin"])
        const outside = yield* failsWith(orgs.detail(o11Rm, code("O12")), "NotFound")
        const missing = yield* failsWith(orgs.detail(o11Rm, code("O99")), "NotFound")
        expect([outside.entity, missing.entity]).toEqual(["outlet", "outlet"])
        yield* failsWith(orgs.detail(yield* world.as("westAdmin"), code("O11")), "NotFound")
      })
    ))
})
