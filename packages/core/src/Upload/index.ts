/**
 * Uploads (上传数据, DOMAIN.md §2): the nine file types, their row schemas and the streaming validator.
 * Reading files is the HTTP adapter's job; this module scans CSV bytes (a pure function over chunks) and
 * validates header and cells.
 */
export type { Cell as UploadCell, CellKind as UploadCellKind, Column as UploadColumn } from "./Cell.js"
export { FORMULA_REASON, looksLikeFormula } from "./Cell.js"
export { type CsvProblem, type CsvProblemCode, CsvRecord, CsvScanner } from "./CsvBytes.js"
export { DEFAULT_MAX_ERRORS, type RowError, rejectedFile, type UploadCounts, type ValidationReport } from "./Report.js"
export { type RawRecord, uploadRowSchema } from "./RowSchemas.js"
export type { UploadSpec } from "./Spec.js"
export {
  naturalKeyOf,
  requiredUploadColumns,
  type UploadRow,
  type UploadSpecs,
  uploadColumns,
  uploadSpecOf,
  uploadSpecs
} from "./Specs.js"
export { rejectionOf, summarizeReport, UploadRejected } from "./UploadErrors.js"
export { type ReferenceSet, type References, type UploadKind, UploadType, uploadTypes } from "./UploadType.js"
export {
  type CellIssue,
  startValidation,
  type UploadValidator,
  type ValidationOptions,
  validateRecords
} from "./Validator.js"
