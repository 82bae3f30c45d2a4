/**
 * Converter of the PKDD'99 "Berka" Czech bank dataset (real, anonymised, 1993–1998) into upload files:
 *
 * ```ts
 * const manifest = await convertBerka({ inDir: "../shared/data/berka", outDir: ".berka-data" })
 * // organization.csv (77 outlets in 8 sub-branches), company.csv (4,500), trade_flow.csv (every trans row)
 * ```
 *
 * The mapping is documented in packages/demo/README.md ("Berka dataset") and in BERKA_COVERAGE.
 */
export {
  BERKA_COVERAGE,
  type BerkaInput,
  type BerkaManifest,
  type BerkaOptions,
  type BerkaTradeFlowSummary,
  convertBerka,
  NO_CONTACT
} from "./convert.js"
export { BANK_POSTING_CHANNELS, BerkaFormatError, DIRECTIONS, OPERATION_CHANNELS } from "./mapping.js"
export {
  BERKA_INPUTS,
  type BerkaInputSpec,
  BerkaMissingInput,
  type BerkaTable,
  TRANS_FULL,
  TRANS_PARTIAL
} from "./tables.js"
