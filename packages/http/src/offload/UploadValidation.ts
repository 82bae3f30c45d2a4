/**
 * How an upload is parsed and validated into staged columns (stageFile): in process by default, on a worker
 * thread where the server provides this service (WorkerOffload), so a large file never holds requests up.
 */
import { type References, RowColumns, type StorageError, type UploadType } from "@wm/core"
import { Context, Effect } from "effect"
import { releaseSpooled } from "../upload/spool.js"
import { type UploadReport, validateUpload } from "../upload/validateUpload.js"

export interface ValidatedUpload {
  readonly report: UploadReport
  /** The right rows as columns; none when the file was rejected. */
  readonly rows: RowColumns | undefined
}

export interface UploadValidationShape {
  readonly validate: (
    file: Blob,
    type: UploadType,
    references: References,
    fileName: string,
    maxBytes: number | undefined
  ) => Effect.Effect<ValidatedUpload, StorageError>
}

export class UploadValidation extends Context.Tag("@wm/http/UploadValidation")<
  UploadValidation,
  UploadValidationShape
>() {}

export const inProcessValidation: UploadValidationShape = {
  validate: (file, type, references, fileName, maxBytes) =>
    Effect.promise(async () => {
      // Columns, not objects: a staged ten-million-row file takes ~400 MB rather than 4 GB.
      const rows = new RowColumns(type)
      const report = await validateUpload(file, type, references, {
        fileName,
        ...(maxBytes === undefined ? {} : { maxBytes }),
        onRow: (row) => rows.push(row)
      })
      return { report, rows: report.ok ? rows : undefined }
    }).pipe(Effect.ensuring(Effect.promise(() => releaseSpooled(file))))
}
