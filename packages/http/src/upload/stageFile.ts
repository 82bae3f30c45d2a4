/**
 * Validates an uploaded file and stages it in the update pipeline: the one path every file takes, whether
 * it came through /api/upload_update_data, the demo loader or the Berka import. The parse and validation run
 * where the server put them (UploadValidation: a worker thread for large files), else in process.
 */
import { type Actor, UpdateService, type UploadType } from "@wm/core"
import { Effect, Option } from "effect"
import { inProcessValidation, UploadValidation } from "../offload/UploadValidation.js"

/** `maxBytes` overrides the upload size limit, for trusted local imports of large files. */
export const stageFile = (actor: Actor, type: UploadType, file: Blob, fileName: string, maxBytes?: number) =>
  Effect.gen(function* () {
    const updates = yield* UpdateService
    const validation = Option.getOrElse(yield* Effect.serviceOption(UploadValidation), () => inProcessValidation)
    return yield* updates.upload(actor, type, fileName, (references) =>
      validation.validate(file, type, references, fileName, maxBytes)
    )
  })
