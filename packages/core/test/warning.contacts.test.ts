// Hand-edited contacts: valid values, and which value shows as customer files come and go (the newest change).
import { Effect, Layer, Option, Schema, TestClock, TestContext } from "effect"
import { describe, expect, it } from "vitest"
import type { Actor } from "../src/Accounts/Actor.js"
import type { User } from "../src/Domain/User.js"
import { makeMemoryContactRepo } from "../src/Memory/MemoryContactRepo.js"
import { type ContactOverride, ContactRepo } from "../src/Ports/ContactRepo.js"
import { makeMemoryRecordBacking, RecordBacking } from "../src/Records/RecordBacking.js"
import { storedPortrait } from "../src/testing/contract/datasetFixtures.js"
import { ContactPhone, contactOf, editContact, effectiveContact, Linkman } from "../src/Warning/Contacts.js"

const valid = <A, I>(schema: Schema.Schema<A, I>, value: unknown) => Schema.decodeUnknownEither(schema)(value)._tag

describe("contact values", () => {
  it("a linkman is 1–32 characters after trimming, without control characters", () => {
    expect(Schema.decodeUnknownSync(Linkman)("  张三  ")).toBe("张三")
    expect(valid(Linkman, "x".repeat(32))).toBe("Right")
    for (const bad of ["", "   ", "x".repeat(33), "张\n三", 42, null])
      expect(valid(Linkman, bad), String(bad)).toBe("Left")
  })

  it("a phone is 3–32 digits, spaces and + - ( ), with at least 3 digits", () => {
    for (const good of ["13800000001", "0571-88886666", "+86 (21) 5555-0000", "110"])
      expect(valid(ContactPhone, good), good).toBe("Right")
    for (const bad of ["", "12", "--- ", "1380000000a", "138 0000 0001 转 8", "1".repeat(33), "+-()", 13800000001])
      expect(valid(ContactPhone, bad), String(bad)).toBe("Left")
  })
})

const uploaded = { linkman: "张三", contact: "13800000001" }
const edit = (patch: Partial<ContactOverride> = {}): Option.Option<ContactOverride> =>
  Option.some({
    companyCode: "C1",
    linkman: "李四",
    contact: "0571-88886666",
    uploadedLinkman: "张三",
    uploadedContact: "13800000001",
    updatedAt: 0,
    updatedBy: 1,
    ...patch
  })

describe("which contact shows", () => {
  it("the customer file's contact without an edit", () => {
    expect(effectiveContact(uploaded, Option.none())).toEqual(uploaded)
  })

  it("the edit while the customer file still carries the values it replaced (uploads repeating them included)", () => {
    expect(effectiveContact(uploaded, edit())).toEqual({ linkman: "李四", contact: "0571-88886666" })
  })

  it("the customer file's once a newer file changes the linkman or the phone, both together", () => {
    expect(effectiveContact({ ...uploaded, contact: "13900000000" }, edit())).toEqual({
      linkman: "张三",
      contact: "13900000000"
    })
    expect(effectiveContact({ ...uploaded, linkman: "王五" }, edit())).toEqual({
      linkman: "王五",
      contact: "13800000001"
    })
  })

  it("editContact records the author, the time and the replaced values; contactOf then shows the edit", async () => {
    const actor: Actor = { user: { id: 9, role: 4 } as unknown as User, sessionHash: "h" }
    const portrait = storedPortrait("C1", { linkman: "张三", contact: "13800000001" })
    const program = Effect.gen(function* () {
      yield* TestClock.setTime(1_900_000_000_000)
      const saved = yield* editContact(actor, portrait, { linkman: "李四", contact: "021-1234" })
      const stored = yield* Effect.flatMap(ContactRepo, (r) => r.find("C1"))
      const shown = yield* contactOf(portrait)
      const afterNewFile = yield* contactOf({ ...portrait, linkman: "赵六" })
      return { saved, stored, shown, afterNewFile }
    })
    const r = await Effect.runPromise(
      program.pipe(
        Effect.provide(
          Layer.effect(ContactRepo, makeMemoryContactRepo).pipe(
            Layer.provide(Layer.sync(RecordBacking, makeMemoryRecordBacking))
          )
        ),
        Effect.provide(TestContext.TestContext)
      )
    )
    expect(r.saved).toEqual({ linkman: "李四", contact: "021-1234" })
    expect(r.stored).toEqual(
      Option.some({
        companyCode: "C1",
        linkman: "李四",
        contact: "021-1234",
        uploadedLinkman: "张三",
        uploadedContact: "13800000001",
        updatedAt: 1_900_000_000_000,
        updatedBy: 9
      })
    )
    expect(r.shown).toEqual({ linkman: "李四", contact: "021-1234" })
    expect(r.afterNewFile).toEqual({ linkman: "赵六", contact: "13800000001" })
  })
})
