/**
 * @wm/demo: a deterministic, seeded generator of a realistic demo bank written as upload files
 * (DOMAIN.md §2), plus the demo staff accounts that go with it.
 *
 * ```ts
 * const manifest = await generateDemoBank({ outDir: ".demo-data", seed: 7, today: new Date(2026, 2, 15) })
 * // manifest.files: organization.csv, company.csv, … trade_flow.csv with their row counts
 * ```
 *
 * Same seed + same today + same scale → byte-identical files. Without `today` the data ends on the
 * machine's current date, so a fresh demo always has recent transactions and maturities to warn about.
 * hidden_preferences.csv (not an upload type) holds each customer's true tastes for offline evaluation.
 */
export { BASE_CUSTOMERS, BASE_TRANSACTIONS } from "./bank.js"
export { type BerkaManifest, type BerkaOptions, convertBerka } from "./berka/index.js"
export { HIDDEN_PREFERENCE_COLUMNS, UPLOAD_COLUMNS, UPLOAD_TYPES, type UploadType } from "./columns.js"
export { OUR_BANK_CODE } from "./flowChoices.js"
export { DEFAULT_SEED, type DemoFile, type DemoManifest, type DemoOptions, generateDemoBank } from "./generate.js"
export { OUTLETS } from "./organization.js"
export { Rng } from "./rng.js"
export type { Outlet } from "./types.js"
export { DEMO_PASSWORD, type DemoUser, demoUsers } from "./users.js"
export type { WrittenFile } from "./writer.js"
