/**
 * StagingStore on MongoDB: staged uploads every instance on the database sees (upload through one, apply through
 * another) and that survive a restart.
 *
 * - `stagedFiles`: one ordinary document per staged file, `_id` its id (numeric text from the `staged-file`
 *   counter), with type, file name, uploader, time and the validation report, so mongosh shows what is waiting.
 * - `stagingTimes`: one document per upload type, `{_id: type, uploadTime, updateTime}`.
 * - The right rows of a file: one GridFS file in the `stagedRows` bucket, in core's compact column encoding (the
 *   embedded store's, ~40 bytes a transaction). Staged rows are an intermediate: never queried one by one, only
 *   read whole and in order when the file is applied, then thrown away. As a blob a 200,000-row file is ~8 MB in
 *   ~32 chunks written and read in a few round trips; as documents it would be 200,000 inserts to stage and as
 *   many reads to apply, before the apply writes them again into the version's queryable row collections.
 *
 * The rows are written before the record; a crash in between leaves a blob no record names, removed by a
 * later `drop` (blobs are named after their file id).
 */
import { decodeColumns, encodeColumns, type StagedEntry, type StagingStore } from "@wm/core"
import { Effect, Option } from "effect"
import { type Db, GridFSBucket, type ObjectId } from "mongodb"
import { nextId } from "./counters.js"
import { attempt } from "./errors.js"

export const STAGED_FILES = "stagedFiles"
export const STAGING_TIMES = "stagingTimes"
export const STAGED_ROWS_BUCKET = "stagedRows"

type StagedDoc = Omit<StagedEntry, "id"> & { _id: string; rowsId: ObjectId | null }
interface TimesDoc {
  _id: string
  uploadTime?: number
  updateTime?: number
}

const blobName = (id: string) => `staged-${id}`

export const makeStagingStore = (db: Db): StagingStore["Type"] => {
  const files = db.collection<StagedDoc>(STAGED_FILES)
  const times = db.collection<TimesDoc>(STAGING_TIMES)
  const bucket = new GridFSBucket(db, { bucketName: STAGED_ROWS_BUCKET })

  const writeBlob = (name: string, parts: ReadonlyArray<Uint8Array>) =>
    new Promise<ObjectId>((resolve, reject) => {
      const upload = bucket.openUploadStream(name)
      upload.once("error", reject)
      upload.once("finish", () => resolve(upload.id))
      for (const part of parts) upload.write(part)
      upload.end()
    })
  const readBlob = async (rowsId: ObjectId) => {
    const chunks: Array<Uint8Array> = []
    for await (const chunk of bucket.openDownloadStream(rowsId)) chunks.push(chunk as Uint8Array)
    // One fresh buffer: the decoder views its full column blocks in place, so it wants them 8-byte aligned.
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0))
    let at = 0
    for (const chunk of chunks) {
      bytes.set(chunk, at)
      at += chunk.byteLength
    }
    return bytes
  }

  return {
    list: () =>
      attempt("list the staged files", async () => {
        const [docs, typeTimes] = await Promise.all([files.find().toArray(), times.find().toArray()])
        const entries = docs
          .map(({ _id, rowsId: _rowsId, ...doc }): StagedEntry => ({ ...doc, id: _id }))
          .sort((a, b) => Number(a.id) - Number(b.id))
        const pick = (field: "uploadTime" | "updateTime") =>
          Object.fromEntries(typeTimes.flatMap((t) => (t[field] === undefined ? [] : [[t._id, t[field]]])))
        return { files: entries, uploadTimes: pick("uploadTime"), updateTimes: pick("updateTime") }
      }),

    rows: (id) =>
      attempt(`read the rows of staged file ${id}`, async () => {
        const doc = await files.findOne({ _id: id })
        if (doc === null || doc.rowsId === null) return Option.none()
        return Option.some(decodeColumns(doc.type, await readBlob(doc.rowsId)))
      }),

    add: ({ rows, ...file }) =>
      Effect.flatMap(nextId(db, "staged-file"), (n) =>
        attempt(`stage ${file.fileName}`, async () => {
          const id = String(n)
          const rowsId = rows === undefined ? null : await writeBlob(blobName(id), encodeColumns(rows))
          await files.insertOne({ _id: id, ...file, rowsId })
          await times.updateOne({ _id: file.type }, { $max: { uploadTime: file.uploadedAt } }, { upsert: true })
          return id
        })
      ),

    drop: (type, ids, appliedAt) =>
      attempt(`drop staged ${type} files`, async () => {
        const blobs = await bucket.find({ filename: { $in: ids.map(blobName) } }).toArray()
        await files.deleteMany({ _id: { $in: [...ids] } })
        if (appliedAt !== undefined) {
          await times.updateOne({ _id: type }, { $set: { updateTime: appliedAt } }, { upsert: true })
        }
        for (const blob of blobs) await bucket.delete(blob._id).catch(() => undefined)
        // Blobs of files whose record was never written (a crash between the two writes).
        const named = new Set((await files.find({}, { projection: { _id: 1 } }).toArray()).map((d) => blobName(d._id)))
        // An hour old at least: a file being staged right now has its blob a moment before its record.
        const stale = { uploadDate: { $lt: new Date(Date.now() - 60 * 60_000) } }
        for (const orphan of await bucket.find(stale).toArray()) {
          if (!named.has(orphan.filename)) await bucket.delete(orphan._id).catch(() => undefined)
        }
      })
  }
}
