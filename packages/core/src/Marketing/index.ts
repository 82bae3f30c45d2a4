export * from "./MarketingRecords.js"
export * from "./MarketingTypes.js"
