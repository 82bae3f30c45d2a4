/**
 * Reading uploaded CSV and XLSX files (上传数据) into core's streaming validator.
 */

export { readCsv } from "./readCsv.js"
export { readXlsx } from "./readXlsx.js"
export type { SheetSink, UploadFormat } from "./Sheet.js"
export { UnreadableFile } from "./Sheet.js"
export { NOT_CSV_OR_XLSX, sniffFormat } from "./sniff.js"
export {
  DEFAULT_MAX_UPLOAD_BYTES,
  DEFAULT_MAX_UPLOAD_ROWS,
  type UploadOptions,
  type UploadReport,
  validateUpload
} from "./validateUpload.js"
export { numberText } from "./xlsxCells.js"
