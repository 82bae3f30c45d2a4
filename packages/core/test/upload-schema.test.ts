// The per-type row schemas: raw text records in, typed rows out, every bad cell reported under its column.
import { Either, ParseResult, Schema } from "effect"
import { describe, expect, it } from "vitest"
import {
  requiredUploadColumns,
  uploadColumns,
  uploadRowSchema,
  uploadSpecOf,
  uploadTypes
} from "../src/Upload/index.js"

const product = {
  productCode: "P001",
  productName: "稳健理财1号",
  productType: "非保本",
  riskLevel: "R2",
  termDays: "180",
  startingAmount: "1",
  expectedRate: "3.85%",
  salesStart: "2025-01-01",
  salesEnd: "2025-01-15",
  valueDate: "2025-01-16",
  expiryDate: "2025-07-15"
}

const issues = (type: Parameters<typeof uploadRowSchema>[0], input: Record<string, string>) => {
  const result = Schema.decodeUnknownEither(uploadRowSchema(type), { errors: "all" })(input)
  return Either.isLeft(result)
    ? ParseResult.ArrayFormatter.formatErrorSync(result.left).map((i) => [i.path.join("."), i.message])
    : []
}

describe("upload row schemas", () => {
  it("decode a product row into typed values, absent optional columns as null, extra columns ignored", () => {
    const row = Schema.decodeUnknownSync(uploadRowSchema("product"))({ ...product, note: "ignored" })
    expect(row).toEqual({
      ...product,
      termDays: 180,
      startingAmount: 1,
      expectedRate: 3.85,
      manualUrl: null,
      remark: null,
      marketingSkills: null
    })
  })

  it("report every bad cell under its column, and cross-cell rules once the cells are valid", () => {
    expect(issues("product", { ...product, termDays: "0", riskLevel: "R9", productName: "" })).toEqual([
      ["productName", "is required"],
      ["riskLevel", "must be one of R1, R2, R3, R4, R5"],
      ["termDays", "must be at least 1"]
    ])
    expect(issues("product", { ...product, salesEnd: "2024-12-31", expiryDate: "2025-01-01" })).toEqual([
      ["salesEnd", "must not be before salesStart (2025-01-01)"],
      ["expiryDate", "must not be before valueDate (2025-01-16)"]
    ])
    expect(issues("peer_product", product)[0]).toEqual(["bankName", "is missing"])
  })

  it("encode a decoded row back to canonical texts", () => {
    const schema = uploadRowSchema("product")
    const encoded = Schema.encodeSync(schema)(Schema.decodeUnknownSync(schema)(product))
    expect(encoded).toEqual({ ...product, expectedRate: "3.85", manualUrl: "", remark: "", marketingSkills: "" })
  })

  it("cover the nine types of DOMAIN.md §2 with their exact columns, in order", () => {
    expect(Object.fromEntries(uploadTypes.map((t) => [t, uploadColumns(t).join(",")]))).toEqual({
      organization: "branchCode,branchName,outletCode,outletName",
      company: "code,name,outletCode,linkman,contact,riskRating,listedCompanyId",
      trade_flow: "companyCode,accountNo,tradeTime,direction,amount,balance,counterpartyBank,channel",
      product:
        "productCode,productName,productType,riskLevel,termDays,startingAmount,expectedRate,salesStart,salesEnd,valueDate,expiryDate,manualUrl,remark,marketingSkills",
      peer_product:
        "bankName,productCode,productName,productType,riskLevel,termDays,startingAmount,expectedRate,salesStart,salesEnd,valueDate,expiryDate,manualUrl,remark,marketingSkills",
      holding: "companyCode,productCode,balance,valueDate,expiryDate",
      financial_trade:
        "tradeId,companyCode,productCode,businessType,tradeTime,valueDate,expiryDate,amount,balance,interestRate,channel,allRedeemFlag",
      listed_company:
        "listedCompanyId,name,contact,email,registeredCapital,createTime,RA,registeredLocation,description,businessScope,statementUrl,noticeUrl,companyCode,boughtOtherProduct",
      shareholder: "listedCompanyId,name,holdQuantity,equityProportion,shareType"
    })
  })

  it("declare kinds and natural keys as DOMAIN.md §2 applies them", () => {
    const summary = Object.fromEntries(
      uploadTypes.map((t) => [t, `${uploadSpecOf(t).kind} ${uploadSpecOf(t).naturalKey.join("+")}`])
    )
    expect(summary).toEqual({
      organization: "snapshot outletCode",
      company: "snapshot code",
      trade_flow: "event companyCode+accountNo+tradeTime+direction+amount+balance",
      product: "snapshot productCode",
      peer_product: "snapshot bankName+productCode",
      holding: "snapshot companyCode+productCode+valueDate",
      financial_trade: "event tradeId",
      listed_company: "snapshot listedCompanyId",
      shareholder: "snapshot listedCompanyId+name"
    })
    expect(requiredUploadColumns("company")).toEqual(["code", "name", "outletCode", "linkman", "contact"])
  })
})
