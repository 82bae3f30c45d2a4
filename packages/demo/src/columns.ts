/**
 * The upload types and their columns exactly as DOMAIN.md §2 names them, in that order. The uploader
 * matches columns by name, so a typo here would silently drop data in the demo.
 */

const PRODUCT_COLUMNS = [
  "productCode",
  "productName",
  "productType",
  "riskLevel",
  "termDays",
  "startingAmount",
  "expectedRate",
  "salesStart",
  "salesEnd",
  "valueDate",
  "expiryDate",
  "manualUrl",
  "remark",
  "marketingSkills"
] as const

export const UPLOAD_COLUMNS = {
  organization: ["branchCode", "branchName", "outletCode", "outletName"],
  company: ["code", "name", "outletCode", "linkman", "contact", "riskRating", "listedCompanyId"],
  trade_flow: [
    "companyCode",
    "accountNo",
    "tradeTime",
    "direction",
    "amount",
    "balance",
    "counterpartyBank",
    "channel"
  ],
  product: PRODUCT_COLUMNS,
  peer_product: ["bankName", ...PRODUCT_COLUMNS],
  holding: ["companyCode", "productCode", "balance", "valueDate", "expiryDate"],
  financial_trade: [
    "tradeId",
    "companyCode",
    "productCode",
    "businessType",
    "tradeTime",
    "valueDate",
    "expiryDate",
    "amount",
    "balance",
    "interestRate",
    "channel",
    "allRedeemFlag"
  ],
  listed_company: [
    "listedCompanyId",
    "name",
    "contact",
    "email",
    "registeredCapital",
    "createTime",
    "RA",
    "registeredLocation",
    "description",
    "businessScope",
    "statementUrl",
    "noticeUrl",
    "companyCode",
    "boughtOtherProduct"
  ],
  shareholder: ["listedCompanyId", "name", "holdQuantity", "equityProportion", "shareType"]
} as const satisfies Record<string, ReadonlyArray<string>>

export type UploadType = keyof typeof UPLOAD_COLUMNS

/** Upload order: organisations before customers before everything that refers to customers. */
export const UPLOAD_TYPES: ReadonlyArray<UploadType> = [
  "organization",
  "company",
  "product",
  "peer_product",
  "holding",
  "financial_trade",
  "listed_company",
  "shareholder",
  "trade_flow"
]

/** Not an upload type: the customers' true tastes, kept apart for offline evaluation of the recommender. */
export const HIDDEN_PREFERENCE_COLUMNS = [
  "companyCode",
  "buyer",
  "riskAppetite",
  "preferredTermDays",
  "preferredCycle",
  "preferredProductType",
  "preferredChannel",
  "purchasesPerYear",
  "typicalAmount",
  "typicalBalance",
  "inBankShare",
  "balanceVolatility"
] as const
