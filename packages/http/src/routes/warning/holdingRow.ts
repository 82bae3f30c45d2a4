/**
 * One holding (持有产品) as the maturity warning and the holding list show it, with its customer's organisation.
 */
import type { HoldingEntry } from "@wm/core"
import { Schema } from "effect"
import type { OrgNames } from "../company/access.js"
import { bankEpochMs } from "../wallClock.js"

/** The customer and product columns that the holding, warning and wealth-trade lists share. */
export const customerProductFields = {
  basicInfoCode: Schema.String.annotations({ description: "企业编号" }),
  companyName: Schema.String.annotations({ description: "企业名称" }),
  belongsToBranch: Schema.String.annotations({ description: "理财客户所属支行名称" }),
  belongsToOutlet: Schema.String.annotations({ description: "理财客户所属网点名称" }),
  productCode: Schema.String.annotations({ description: "产品代码" }),
  productName: Schema.NullOr(Schema.String).annotations({
    description: "产品名称; null when the product is not in the current product file"
  }),
  companyId: Schema.String.annotations({ description: "企业id: the customer code, as companyId is everywhere" })
}

export const customerProduct = (
  customer: HoldingEntry["customer"],
  productCode: string,
  productName: string | null,
  names: OrgNames
) => ({
  basicInfoCode: customer.code,
  companyName: customer.name,
  belongsToBranch: names.branch(customer.branchCode),
  belongsToOutlet: names.outlet(customer.outletCode),
  productCode,
  productName,
  companyId: customer.code
})

export const HoldingRow = Schema.Struct({
  ...customerProductFields,
  valueTime: Schema.Number.annotations({ description: "起息日, epoch ms of its midnight in the bank's time zone" }),
  expiryTime: Schema.Number.annotations({ description: "到期日, epoch ms of its midnight in the bank's time zone" }),
  balance: Schema.Number.annotations({
    description: "金额（万元）: the holding's balance; a number, as balances are everywhere in this API"
  })
}).annotations({ identifier: "HoldingRow" })

export const holdingRow = ({ customer, productName, holding }: HoldingEntry, names: OrgNames) => ({
  ...customerProduct(customer, holding.productCode, productName, names),
  valueTime: bankEpochMs(holding.valueDate),
  expiryTime: bankEpochMs(holding.expiryDate),
  balance: holding.balance
})
