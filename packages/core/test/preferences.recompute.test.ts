/**
 * The recompute stores 理财偏好 with each portrait: purchases, products and holdings read from the dataset,
 * the not-bought channel taken from the transactions' most used channel.
 */
import { Effect, Layer } from "effect"
import { describe, expect, it } from "vitest"
import { DatasetRepo } from "../src/Data/DatasetRepo.js"
import { makeMemoryDatasetRepo } from "../src/Memory/MemoryDatasetRepo.js"
import { recomputePortraits } from "../src/Pipeline/Recompute.js"
import { financialTrade, product, tradeFlow } from "../src/testing/contract/datasetFixtures.js"
import { company } from "../src/testing/contract/fixtures.js"

describe("recompute with preferences", () => {
  it("stores a bought and a not-bought customer's preference", async () => {
    const repo = makeMemoryDatasetRepo()
    const program = Effect.gen(function* () {
      yield* repo.writeRows(1, "product", [product("P1", { riskLevel: "R3", termDays: 60, expectedRate: 2.8 })])
      yield* repo.writeRows(1, "holding", [
        { companyCode: "B", productCode: "P1", balance: 10, valueDate: "2024-05-01", expiryDate: "2024-07-05" }
      ])
      yield* repo.writeRows(1, "financial_trade", [
        financialTrade("T1", { companyCode: "B", businessType: "申购", tradeTime: "2024-06-01 10:00:00", amount: 120 }),
        financialTrade("T2", { companyCode: "N", businessType: "赎回", tradeTime: "2024-06-01 10:00:00" })
      ])
      yield* repo.writeRows(1, "trade_flow", [
        tradeFlow("A1", "2024-06-29 10:00:00", { companyCode: "N", channel: "手机银行" }),
        tradeFlow("A1", "2024-06-30 10:00:00", { companyCode: "N", channel: "网银" }),
        tradeFlow("A1", "2024-06-30 11:00:00", { companyCode: "N", channel: "手机银行" })
      ])
      return yield* recomputePortraits({
        pointer: { version: 1, appliedAt: 0, snapshots: { product: 1, holding: 1 }, analysisDate: null },
        companies: [company("B", "O1"), company("N", "O1", { riskRating: "R4" })],
        branchOfOutlet: new Map([["O1", "B01"]]),
        ourBankCodes: []
      })
    })
    const result = await Effect.runPromise(program.pipe(Effect.provide(Layer.succeed(DatasetRepo, repo))))
    expect(result.analysisDate).toBe("2024-06-30")
    const [bought, notBought] = result.portraits
    expect(bought!.preference).toEqual({
      bought: true,
      risk: 3,
      amount: "100-500万",
      cycle: "3个月以内",
      interestRate: { min: 2.8, max: 2.8 },
      channel: "柜台",
      category: "高价值客户",
      features: ["偏好短期", "持有即将到期"]
    })
    expect(notBought!.preference).toMatchObject({ bought: false, risk: 4, channel: "手机银行", category: "低潜力客户" })
  })
})
