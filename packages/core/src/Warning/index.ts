/**
 * 理财到期预警 and the wealth lists (DOMAIN.md §6): the warning window setting, "today" in the bank's time zone,
 * the per-version index of holdings and wealth-product trades, and hand-edited customer contacts.
 */
export * from "./BankDate.js"
export * from "./Contacts.js"
export * from "./WarningWindow.js"
export * from "./WealthIndex.js"
export * from "./WealthQueries.js"
export * from "./WealthRows.js"
