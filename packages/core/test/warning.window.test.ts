// The warning window setting: bounds, the default until saved, bank admins only, and "today" from the Clock.
import { Effect, Option, TestClock, TestContext } from "effect"
import { describe, expect, it } from "vitest"
import type { Actor } from "../src/Accounts/Actor.js"
import type { Role } from "../src/Domain/Role.js"
import type { User } from "../src/Domain/User.js"
import * as MemoryStore from "../src/Memory/MemoryStore.js"
import { SettingsRepo } from "../src/Ports/SettingsRepo.js"
import { addDays, dateInZone, todayIn, warningRange } from "../src/Warning/BankDate.js"
import {
  changeWarningWindow,
  checkWarningWindow,
  currentWarningWindow,
  defaultWarningWindow
} from "../src/Warning/WarningWindow.js"

const actor = (role: Role, id = 7): Actor => ({ user: { id, role } as unknown as User, sessionHash: "h" })

const run = <A, E>(program: Effect.Effect<A, E, SettingsRepo>) =>
  Effect.runPromise(program.pipe(Effect.provide(MemoryStore.layer), Effect.provide(TestContext.TestContext)))

const problemOf = (start: number, end: number) =>
  Effect.runSync(Effect.match(checkWarningWindow({ start, end }), { onSuccess: () => "ok", onFailure: (e) => e.field }))

describe("warning window bounds", () => {
  it("accepts integers 0 ≤ start ≤ 366 and 1 ≤ end ≤ 366, both edges included", () => {
    for (const [start, end] of [
      [0, 1],
      [0, 40],
      [366, 366],
      [5, 10]
    ] as const)
      expect(problemOf(start, end), `${start},${end}`).toBe("ok")
  })

  it("names start for a negative, fractional or too large start, end for a zero, fractional or too large end", () => {
    expect(problemOf(-1, 40)).toBe("start")
    expect(problemOf(1.5, 40)).toBe("start")
    expect(problemOf(367, 40)).toBe("start")
    expect(problemOf(Number.NaN, 40)).toBe("start")
    expect(problemOf(0, 0)).toBe("end")
    expect(problemOf(0, -5)).toBe("end")
    expect(problemOf(0, 2.5)).toBe("end")
    expect(problemOf(0, 367)).toBe("end")
  })
})

describe("warning window setting", () => {
  it("answers the preference defaults 0 and 40 until a window is saved", async () => {
    expect(defaultWarningWindow).toEqual({ start: 0, end: 40 })
    expect(await run(currentWarningWindow())).toEqual({ start: 0, end: 40 })
    expect(await run(currentWarningWindow({ start: 2, end: 9 }))).toEqual({ start: 2, end: 9 })
  })

  it("a bank admin's change is saved with its author and time, and answered from then on", async () => {
    const result = await run(
      Effect.gen(function* () {
        yield* TestClock.setTime(1_800_000_000_000)
        const saved = yield* changeWarningWindow(actor(1, 42), { start: 3, end: 60 })
        const stored = yield* Effect.flatMap(SettingsRepo, (r) => r.warningWindow())
        return { saved, stored, current: yield* currentWarningWindow() }
      })
    )
    expect(result.saved).toEqual({ start: 3, end: 60 })
    expect(result.stored).toEqual(Option.some({ start: 3, end: 60, updatedAt: 1_800_000_000_000, updatedBy: 42 }))
    expect(result.current).toEqual({ start: 3, end: 60 })
  })

  it("every role but the bank admin is forbidden, and nothing is saved", async () => {
    for (const role of [2, 3, 4, 5] as const) {
      const outcome = await run(
        Effect.gen(function* () {
          const error = yield* Effect.flip(changeWarningWindow(actor(role), { start: 1, end: 2 }))
          return { tag: error._tag, current: yield* currentWarningWindow() }
        })
      )
      expect(outcome, `role ${role}`).toEqual({ tag: "Forbidden", current: { start: 0, end: 40 } })
    }
  })

  it("a bad window from a bank admin fails naming the field and keeps the previous window", async () => {
    const outcome = await run(
      Effect.gen(function* () {
        yield* changeWarningWindow(actor(1), { start: 1, end: 30 })
        const error = yield* Effect.flip(changeWarningWindow(actor(1), { start: 0, end: 400 }))
        return { error, current: yield* currentWarningWindow() }
      })
    )
    expect(outcome.error).toMatchObject({ _tag: "InvalidInput", field: "end" })
    expect(outcome.current).toEqual({ start: 1, end: 30 })
  })
})

describe("today and the warning range", () => {
  it("today is the Clock's date in the bank's time zone, not in UTC", async () => {
    // 2026-03-01 17:30 UTC is already 2026-03-02 01:30 in Shanghai, still 2026-03-01 in New York.
    const at = Date.UTC(2026, 2, 1, 17, 30)
    const today = (zone: string) =>
      Effect.runPromise(
        Effect.zipRight(TestClock.setTime(at), todayIn(zone)).pipe(Effect.provide(TestContext.TestContext))
      )
    expect(await today("Asia/Shanghai")).toBe("2026-03-02")
    expect(await today("America/New_York")).toBe("2026-03-01")
    expect(dateInZone(Date.UTC(2026, 2, 1, 15, 59, 59), "Asia/Shanghai")).toBe("2026-03-01")
    expect(dateInZone(Date.UTC(2026, 2, 1, 16, 0, 0), "Asia/Shanghai")).toBe("2026-03-02")
  })

  it("day arithmetic crosses February 29 of leap years only", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29")
    expect(addDays("2028-02-29", 1)).toBe("2028-03-01")
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01")
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29")
    expect(addDays("2100-03-01", -1)).toBe("2100-02-28")
    expect(addDays("2000-03-01", -1)).toBe("2000-02-29")
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01")
  })

  it("the range is [today − start, today + end], both ends inclusive dates", () => {
    expect(warningRange("2026-11-23", { start: 0, end: 40 })).toEqual({ from: "2026-11-23", to: "2027-01-02" })
    expect(warningRange("2028-03-01", { start: 1, end: 366 })).toEqual({ from: "2028-02-29", to: "2029-03-02" })
  })
})
