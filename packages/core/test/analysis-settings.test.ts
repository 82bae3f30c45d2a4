// The portrait analysis settings: checks naming the field, bank admins only, the configured defaults until saved,
// and durability through the embedded store's record backing (a new store on the same backing reads them back).
import { Effect, Layer, Option, TestClock, TestContext } from "effect"
import { describe, expect, it } from "vitest"
import type { Actor } from "../src/Accounts/Actor.js"
import type { Role } from "../src/Domain/Role.js"
import type { User } from "../src/Domain/User.js"
import * as MemoryStore from "../src/Memory/MemoryStore.js"
import {
  changeAnalysisSettings,
  checkAnalysisSettings,
  currentAnalysisSettings
} from "../src/Pipeline/AnalysisSettings.js"
import { UpdateConfig } from "../src/Pipeline/UpdateConfig.js"
import { type AnalysisSettings, SettingsRepo } from "../src/Ports/SettingsRepo.js"
import { BulkFiles, makeMemoryBulkFiles } from "../src/Records/BulkFiles.js"
import { makeMemoryRecordBacking, RecordBacking } from "../src/Records/RecordBacking.js"

const actor = (role: Role, id = 7): Actor => ({ user: { id, role } as unknown as User, sessionHash: "h" })
const config = UpdateConfig.layer({ ourBankCodes: ["OURBANK"] })

const run = <A, E>(program: Effect.Effect<A, E, SettingsRepo | UpdateConfig>, backing = makeMemoryRecordBacking()) =>
  Effect.runPromise(
    program.pipe(
      Effect.provide(
        Layer.merge(
          MemoryStore.layerOn.pipe(
            Layer.provide(
              Layer.merge(Layer.succeed(RecordBacking, backing), Layer.sync(BulkFiles, makeMemoryBulkFiles))
            )
          ),
          config
        )
      ),
      Effect.provide(TestContext.TestContext)
    )
  )

const good: AnalysisSettings = { analysisDate: null, lowThreshold: 0.2, mediumThreshold: 0.5, ourBankCodes: ["A"] }
const problemOf = (change: Partial<AnalysisSettings>) =>
  Effect.runSync(
    Effect.match(checkAnalysisSettings({ ...good, ...change }), { onSuccess: () => "ok", onFailure: (e) => e.field })
  )

describe("analysis settings checks", () => {
  it("accepts null or a real date, thresholds 0 ≤ low ≤ medium ≤ 10 with 4 decimals, and up to 20 codes", () => {
    for (const change of [
      { analysisDate: "2024-02-29" },
      { lowThreshold: 0, mediumThreshold: 0 },
      { lowThreshold: 0.1234, mediumThreshold: 10 },
      { lowThreshold: 0.5, mediumThreshold: 0.5 },
      { ourBankCodes: [] },
      { ourBankCodes: Array.from({ length: 20 }, (_, i) => `B${i}`) }
    ]) {
      expect(problemOf(change), JSON.stringify(change)).toBe("ok")
    }
  })

  it("names the field of an impossible date, a bad threshold, or a bad bank code", () => {
    expect(problemOf({ analysisDate: "2025-02-29" })).toBe("analysisDate")
    expect(problemOf({ analysisDate: "2025-1-01" })).toBe("analysisDate")
    expect(problemOf({ lowThreshold: -0.1 })).toBe("lowThreshold")
    expect(problemOf({ lowThreshold: Number.NaN })).toBe("lowThreshold")
    expect(problemOf({ lowThreshold: 0.12345 })).toBe("lowThreshold")
    expect(problemOf({ lowThreshold: 0.6 })).toBe("mediumThreshold")
    expect(problemOf({ mediumThreshold: 10.5 })).toBe("mediumThreshold")
    expect(problemOf({ ourBankCodes: ["A", ""] })).toBe("ourBankCodes")
    expect(problemOf({ ourBankCodes: ["x".repeat(65)] })).toBe("ourBankCodes")
    expect(problemOf({ ourBankCodes: Array.from({ length: 21 }, (_, i) => `B${i}`) })).toBe("ourBankCodes")
  })

  it("trims and de-duplicates bank codes", async () => {
    const checked = await Effect.runPromise(checkAnalysisSettings({ ...good, ourBankCodes: [" A ", "A", "B"] }))
    expect(checked.ourBankCodes).toEqual(["A", "B"])
  })
})

describe("analysis settings", () => {
  it("answers the configured defaults until a bank admin saves settings", async () => {
    expect(await run(currentAnalysisSettings)).toEqual({
      analysisDate: null,
      lowThreshold: 0.2,
      mediumThreshold: 0.5,
      ourBankCodes: ["OURBANK"],
      updatedAt: null,
      updatedBy: null
    })
  })

  it("refuses other roles and bad values, saving nothing", async () => {
    const outcome = await run(
      Effect.gen(function* () {
        const forbidden = yield* Effect.flip(changeAnalysisSettings(actor(2), good))
        const invalid = yield* Effect.flip(changeAnalysisSettings(actor(1), { ...good, mediumThreshold: 0.1 }))
        const stored = yield* Effect.flatMap(SettingsRepo, (r) => r.analysisSettings())
        return [forbidden._tag, invalid._tag, Option.isNone(stored)]
      })
    )
    expect(outcome).toEqual(["Forbidden", "InvalidInput", true])
  })

  it("keeps a bank admin's settings in the record backing: a new store on it reads them back", async () => {
    const backing = makeMemoryRecordBacking()
    const next = { analysisDate: "2025-06-30", lowThreshold: 0.3, mediumThreshold: 0.6, ourBankCodes: ["本行"] }
    await run(
      Effect.gen(function* () {
        yield* TestClock.setTime(1_800_000_000_000)
        yield* changeAnalysisSettings(actor(1, 42), next)
      }),
      backing
    )
    expect(await run(currentAnalysisSettings, backing)).toEqual({
      ...next,
      updatedAt: 1_800_000_000_000,
      updatedBy: 42
    })
  })
})
