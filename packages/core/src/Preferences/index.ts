/**
 * 理财偏好 (DOMAIN.md §4): preferences, categories and features of every customer, plus the /api/params lists.
 */
export * from "./Buckets.js"
export * from "./computePreferences.js"
export * from "./HighValue.js"
export * from "./PreferenceConfig.js"
export * from "./PreferenceLabels.js"
export * from "./PreferenceTypes.js"
export * from "./PurchaseSummary.js"
