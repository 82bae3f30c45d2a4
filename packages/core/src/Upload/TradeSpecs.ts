/**
 * Upload types about money: account transactions (trade_flow), current holdings (holding) and
 * wealth-product trades (financial_trade).
 */
import { optional, required } from "./Cell.js"
import { choice, code, date, dateTime, flag, text } from "./CellTypes.js"
import { percent, signedYuan, wan, yuan } from "./Numbers.js"
import { defineSpec, notBefore } from "./Spec.js"

export const tradeFlowSpec = defineSpec({
  type: "trade_flow",
  label: "交易流水",
  kind: "event",
  columns: {
    companyCode: required(code(), "客户编号"),
    accountNo: required(code(), "账号"),
    tradeTime: required(dateTime, "交易时间"),
    direction: required(choice("借", "贷"), "借贷方向"),
    amount: required(yuan, "交易金额（元）"),
    balance: required(signedYuan, "交易后余额（元）"),
    counterpartyBank: optional(text(64), "对方行号"),
    channel: optional(text(32), "交易渠道")
  },
  // A transaction has no id column. Within one account, the time to the second, the direction, the amount
  // and the balance right after it tell two transactions apart: two real ones that agree on all of these
  // would need the same balance before and after, which only a zero amount allows.
  naturalKey: ["companyCode", "accountNo", "tradeTime", "direction", "amount", "balance"],
  references: { companyCode: "companyCodes" }
})

export const holdingSpec = defineSpec({
  type: "holding",
  label: "持有产品",
  kind: "snapshot",
  columns: {
    companyCode: required(code(), "客户编号"),
    productCode: required(code(), "产品代码"),
    balance: required(wan, "持有余额（万元）"),
    valueDate: required(date, "起息日"),
    expiryDate: required(date, "到期日")
  },
  naturalKey: ["companyCode", "productCode", "valueDate"],
  references: { companyCode: "companyCodes", productCode: "productCodes" },
  rules: [notBefore("expiryDate", "valueDate")]
})

export const financialTradeSpec = defineSpec({
  type: "financial_trade",
  label: "理财交易",
  kind: "event",
  columns: {
    tradeId: required(code(), "交易编号"),
    companyCode: required(code(), "客户编号"),
    productCode: required(code(), "产品代码"),
    businessType: required(choice("认购", "申购", "赎回", "到期兑付"), "业务种类"),
    tradeTime: required(dateTime, "交易时间"),
    // A redemption need not carry the product's dates.
    valueDate: optional(date, "起息日"),
    expiryDate: optional(date, "到期日"),
    amount: required(wan, "交易金额（万元）"),
    balance: optional(wan, "理财余额（万元）"),
    interestRate: optional(percent, "收益率（%）"),
    channel: required(choice("网银", "手机银行", "柜台"), "交易渠道"),
    allRedeemFlag: optional(flag, "全部赎回标志")
  },
  naturalKey: ["tradeId"],
  references: { companyCode: "companyCodes", productCode: "productCodes" },
  rules: [notBefore("expiryDate", "valueDate")]
})
