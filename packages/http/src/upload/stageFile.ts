/**
 * Validates an uploaded file and stages it in the update pipeline: the one path every file takes, whether
 * it came through /api/upload_update_data, the demo loader or the Berka import.
 */
import { type Actor, RowColumns, UpdateService, type UploadType } from "@wm/core"
import { Effect } from "effect"
import { validateUpload } from "./validateUpload.js"

/** `maxBytes` overrides the upload size limit, for trusted local imports of large files. */
export const stageFile = (actor: Actor, type: UploadType, file: Blob, fileName: string, maxBytes?: number) =>
  Effect.flatMap(UpdateService, (updates) =>
    updates.upload(actor, type, fileName, (references) =>
      Effect.promise(async () => {
        // Columns, not objects: a staged ten-million-row file takes ~400 MB rather than 4 GB.
        const rows = new RowColumns(type)
        const report = await validateUpload(file, type, references, {
          fileName,
          ...(maxBytes === undefined ? {} : { maxBytes }),
          onRow: (row) => rows.push(row)
        })
        return { report, rows: report.ok ? rows : undefined }
      })
    )
  )
