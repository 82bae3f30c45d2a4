/**
 * ExportFiles on MongoDB: export files in GridFS (bucket `exportFiles`, the file name is the key), where a MongoDB
 * user expects them (mongofiles, Compass) and where every instance of the server finds them. GridFS writes the
 * file document after the last chunk, so a file appears only once complete; an aborted upload's chunks are
 * deleted. A key written again (a task re-run) keeps its newest file only.
 */
import { Readable } from "node:stream"
import { type ExportFiles, StorageError } from "@wm/core"
import { Effect, Option } from "effect"
import { type Db, GridFSBucket, type GridFSBucketWriteStream } from "mongodb"
import { attempt } from "./errors.js"

export const EXPORT_FILES_BUCKET = "exportFiles"

export const makeGridFsExportFiles = (db: Db): ExportFiles["Type"] => {
  const bucket = new GridFSBucket(db, { bucketName: EXPORT_FILES_BUCKET })
  const filesOf = (key: string) => bucket.find({ filename: key }, { sort: { uploadDate: -1, _id: -1 } }).toArray()
  const written = (upload: GridFSBucketWriteStream, chunk?: Uint8Array) =>
    new Promise<void>((resolve, reject) => {
      const done = (error?: Error | null) => (error ? reject(error) : resolve())
      if (chunk === undefined) upload.end(done)
      else upload.write(chunk, done)
    })
  return {
    create: (key) =>
      Effect.try({
        try: () => {
          const upload = bucket.openUploadStream(key)
          // A failure (the client closed at shutdown, the server gone) reaches the write and end callbacks, so the
          // export fails with it; unlistened, the stream's 'error' event would end the process.
          upload.on("error", () => undefined)
          return new WritableStream<Uint8Array>({
            write: (chunk) => written(upload, chunk),
            close: async () => {
              await written(upload)
              // Older files of the key (an earlier run of the task) go once the new one is complete.
              for (const old of (await filesOf(key)).filter((f) => !f._id.equals(upload.id))) {
                await bucket.delete(old._id)
              }
            },
            abort: async () => {
              await upload.abort().catch(() => undefined)
            }
          })
        },
        catch: (cause) => new StorageError({ operation: `create export file ${key}`, unavailable: false, cause })
      }),
    open: (key) =>
      Effect.map(
        attempt(`open export file ${key}`, () => filesOf(key)),
        (files) =>
          files.length === 0
            ? Option.none()
            : Option.some(Readable.toWeb(bucket.openDownloadStream(files[0]!._id)) as ReadableStream<Uint8Array>)
      ),
    remove: (key) =>
      attempt(`remove export file ${key}`, async () => {
        for (const file of await filesOf(key)) await bucket.delete(file._id)
      })
  }
}
