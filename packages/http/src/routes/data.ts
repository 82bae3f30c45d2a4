/**
 * 上传数据: stage uploaded files per type and show their state (DOMAIN.md §2); applying them is in
 * dataUpdate.ts. Bank admins only.
 */
import {
  audited,
  InvalidInput,
  type RowError,
  type StagedEntry,
  type StagedFile,
  UpdateService,
  type UpdateStatus,
  UploadType,
  uploadTypes
} from "@wm/core"
import { Effect, Schema } from "effect"
import { space, upToPattern } from "../api/params.js"
import { defineRoute } from "../api/route.js"
import { detectUploadType } from "../upload/detectType.js"
import { stageFile } from "../upload/stageFile.js"

const tag = "上传数据"

/** Row errors an answer carries per file; the report keeps more and `errorCount` counts them all. */
export const MAX_ERRORS_SHOWN = 100

const typeNames = uploadTypes.join(", ")
export const TypeParam = UploadType.annotations({
  description: `upload type: ${typeNames}`,
  message: () => ({ message: `must be one of: ${typeNames}`, override: true })
})

/** A file part of a multipart/form-data body. */
const FilePart = Schema.declare((u: unknown): u is File => u instanceof File, {
  identifier: "FilePart",
  description: "the CSV (UTF-8, header row) or XLSX (first sheet) file",
  jsonSchema: { type: "string", format: "binary", description: "the CSV (UTF-8, header row) or XLSX file" },
  message: () => "must be a file sent as multipart/form-data"
})

const idText = /^[ \t\n\v\f\r]*[0-9]+[ \t\n\v\f\r]*(,[ \t\n\v\f\r]*[0-9]+[ \t\n\v\f\r]*)*$/
/** The text form exactly: ids ≥ 1 (safe integers), comma-separated. */
const fileId = `${space}*0*${upToPattern(Number.MAX_SAFE_INTEGER, false)}${space}*`
const idTextPattern = `^${fileId}(?:,${fileId})*$`

/**
 * 文件ID的列表: a JSON array of ids (numbers or digit text), one id, or "10,11"; a form body sends `ids=10&ids=11`
 * or `ids[]=10` (see formFields).
 */
export const FileIds = Schema.Union(
  Schema.Array(Schema.Union(Schema.Number, Schema.String.pipe(Schema.pattern(idText)))),
  Schema.Number,
  Schema.String.pipe(Schema.pattern(idText))
).pipe(
  Schema.annotations({
    message: () => ({ message: 'must be file ids: an array, a number or "10,11"', override: true })
  }),
  Schema.transform(Schema.Array(Schema.Number), {
    strict: true,
    decode: (v) =>
      (Array.isArray(v) ? v : [v]).flatMap((item) => (typeof item === "number" ? [item] : item.split(",").map(Number))),
    encode: (ids) => ids
  }),
  Schema.filter(
    (ids) =>
      (ids.length > 0 && ids.every((id) => Number.isSafeInteger(id) && id >= 1)) ||
      "must be file ids (integers ≥ 1), at least one"
  ),
  Schema.annotations({
    description: '文件ID的列表: an array, one id or "10,11"',
    jsonSchema: {
      description: '文件ID的列表: an array, one id or "10,11"',
      anyOf: [
        {
          type: "array",
          minItems: 1,
          items: {
            anyOf: [
              { type: "integer", minimum: 1, maximum: Number.MAX_SAFE_INTEGER },
              { type: "string", pattern: idTextPattern }
            ]
          }
        },
        { type: "integer", minimum: 1, maximum: Number.MAX_SAFE_INTEGER },
        { type: "string", pattern: idTextPattern }
      ]
    }
  })
)

const RowErrorView = Schema.Struct({
  row: Schema.Int.annotations({ description: "row as a spreadsheet shows it: the header is row 1" }),
  column: Schema.String.annotations({ description: "column name; empty when the row as a whole is wrong" }),
  value: Schema.String.annotations({ description: "the cell as uploaded, at most 100 characters" }),
  reason: Schema.String
}).annotations({ identifier: "UploadRowError" })

/** What a right file would change if applied now (Pipeline/UploadCounts.ts); absent on rejected files. */
const Counts = Schema.Struct({
  new: Schema.Int.annotations({ description: "rows whose natural key is not served now" }),
  duplicate: Schema.optional(
    Schema.Int.annotations({
      description: "trade_flow / financial_trade: rows served already (same natural key), which the apply drops"
    })
  ),
  changed: Schema.optional(
    Schema.Int.annotations({ description: "snapshot types: keys served now whose row this file changes" })
  ),
  unchanged: Schema.optional(
    Schema.Int.annotations({ description: "snapshot types: keys served now with the very same row" })
  ),
  removed: Schema.optional(
    Schema.Int.annotations({ description: "snapshot types: rows served now whose key this file leaves out" })
  )
}).annotations({
  identifier: "UploadCounts",
  description: "a right file's rows against the data served when it was uploaded (an apply in between may differ)"
})

const shownErrors = (errors: ReadonlyArray<RowError>) => errors.slice(0, MAX_ERRORS_SHOWN)

const initialize = defineRoute({
  method: "post",
  path: "/api/updatedatainitialize",
  tag,
  summary: "初始化上传 Open a fresh upload batch for a type",
  description: "Drops the type's staged (not yet applied) files, right and wrong. Bank admins only.",
  access: "user",
  body: Schema.Struct({ type: TypeParam }),
  response: Schema.Null,
  handle: ({ actor, body }) =>
    Effect.as(
      Effect.flatMap(UpdateService, (s) => s.initialize(actor, body.type)),
      null
    ).pipe(audited("upload", { target: `type:${body.type}`, details: { operation: "initialize" } }))
})

const upload = defineRoute({
  method: "post",
  path: "/api/upload_update_data",
  tag,
  summary: "上传文件 Upload and validate a file",
  description:
    "multipart/form-data with `file` (CSV or XLSX, at most 200 MiB) and optionally `type` (the API document sends " +
    "none): without it the type is told from the header row (the type whose required columns are all there); a " +
    "header matching no type answers 10001 on `type`. Every row is validated at once. " +
    "`status` is the new file's id, or 0 when the file was rejected; a rejected file keeps its errors and is " +
    `listed by /api/updatedatastatus/all. \`errors\` holds the first ${MAX_ERRORS_SHOWN} row errors; ` +
    "`errorCount` counts them all. A right file's `counts` say what applying it would change against the data " +
    "served now: new and duplicate rows (trade_flow, financial_trade), or new, changed, unchanged and removed " +
    "rows (the other types). Bank admins only.",
  access: "user",
  multipart: true,
  body: Schema.Struct({
    type: Schema.optional(
      Schema.Union(
        TypeParam,
        Schema.Literal("").pipe(Schema.annotations({ jsonSchema: { type: "string", enum: [""] } }))
      )
    ),
    file: FilePart
  }),
  response: Schema.Struct({
    status: Schema.Int.annotations({ description: "失败了是0，成功了是一个文件的ID" }),
    type: Schema.String.annotations({ description: "the upload type the file was read as" }),
    rows: Schema.Int.annotations({ description: "data rows read" }),
    errorCount: Schema.Int,
    errors: Schema.Array(RowErrorView),
    fileErrors: Schema.Array(Schema.String),
    counts: Schema.optional(Counts)
  }),
  handle: ({ actor, body }) =>
    Effect.gen(function* () {
      const type =
        body.type === undefined || body.type === ""
          ? yield* Effect.flatMap(
              Effect.promise(() => detectUploadType(body.file, body.file.name)),
              (found) =>
                found === undefined
                  ? Effect.fail(
                      new InvalidInput({
                        field: "type",
                        reason: `is required: the header row of ${body.file.name} matches no upload type (${typeNames})`
                      })
                    )
                  : Effect.succeed(found)
            )
          : body.type
      const file = yield* stageFile(actor, type, body.file, body.file.name).pipe(
        audited("upload", {
          target: `type:${type}`,
          details: { operation: "upload", fileName: body.file.name, bytes: body.file.size },
          resultDetails: (f: StagedFile) => ({
            fileId: Number(f.id),
            accepted: f.report.ok,
            rows: f.report.rows,
            errors: f.report.errorCount
          })
        })
      )
      return {
        status: file.report.ok ? Number(file.id) : 0,
        type,
        rows: file.report.rows,
        errorCount: file.report.errorCount,
        errors: shownErrors(file.report.errors),
        fileErrors: file.report.fileErrors,
        ...(file.report.counts === undefined ? {} : { counts: file.report.counts })
      }
    })
})

const WrongFile = Schema.Struct({
  id: Schema.Int,
  fileName: Schema.String,
  errorCount: Schema.Int,
  errors: Schema.Array(RowErrorView),
  fileErrors: Schema.Array(Schema.String)
}).annotations({ identifier: "WrongFile" })

const RightFile = Schema.Struct({
  id: Schema.Int,
  fileName: Schema.String,
  rows: Schema.Int.annotations({ description: "data rows read" }),
  counts: Schema.optional(Counts)
}).annotations({ identifier: "RightFile" })

const TypeStatus = Schema.Struct({
  type: Schema.String,
  updateStatus: Schema.Int.annotations({
    description: "0 never applied, 1 applied, 2 being applied now, 3 the last apply of this type failed"
  }),
  uploadStatus: Schema.Struct({
    right: Schema.Int,
    wrong: Schema.Int,
    rightList: Schema.Array(Schema.Int).annotations({ description: "成功文件的ID" }),
    wrongList: Schema.Array(Schema.String).annotations({ description: "失败文件的名字" }),
    wrongFiles: Schema.Array(WrongFile).annotations({ description: "each wrong file with its errors" }),
    rightFiles: Schema.optional(
      Schema.Array(RightFile).annotations({ description: "each right file with its new and duplicate row counts" })
    )
  }),
  uploadTime: Schema.NullOr(Schema.Number).annotations({ description: "last upload, epoch ms" }),
  updateTime: Schema.NullOr(Schema.Number).annotations({ description: "last successful apply, epoch ms" })
}).annotations({ identifier: "UploadTypeStatus" })

const updateStatusOf = (type: UploadType, updateTime: number | null, run: UpdateStatus): number =>
  run.operation === "apply" && run.type === type && run.status !== 0
    ? run.status === 1
      ? 2
      : 3
    : updateTime === null
      ? 0
      : 1

const wrongFile = (f: StagedEntry): typeof WrongFile.Type => ({
  id: Number(f.id),
  fileName: f.fileName,
  errorCount: f.report.errorCount,
  errors: shownErrors(f.report.errors),
  fileErrors: f.report.fileErrors
})

const rightFile = (f: StagedEntry): typeof RightFile.Type => ({
  id: Number(f.id),
  fileName: f.fileName,
  rows: f.report.rows,
  ...(f.report.counts === undefined ? {} : { counts: f.report.counts })
})

const statusAll = defineRoute({
  method: "get",
  path: "/api/updatedatastatus/all",
  tag,
  summary: "全部更新状态 Staged files and update times of every type",
  description: "One entry per upload type, in upload order. Times are epoch milliseconds. Bank admins only.",
  access: "user",
  response: Schema.Struct({ statusList: Schema.Array(TypeStatus) }),
  // Kept until a file is staged or dropped, the data changes or an update's run state does (ReadGeneration).
  memo: true,
  handle: ({ actor }) =>
    Effect.gen(function* () {
      const service = yield* UpdateService
      const batches = yield* service.batches(actor)
      const run = yield* service.status()
      return {
        statusList: uploadTypes.map((type) => {
          const batch = batches.find((b) => b.type === type)
          const files = batch?.files ?? []
          const right = files.filter((f) => f.report.ok)
          const wrong = files.filter((f) => !f.report.ok)
          const updateTime = batch?.updateTime ?? null
          return {
            type,
            updateStatus: updateStatusOf(type, updateTime, run),
            uploadStatus: {
              right: right.length,
              wrong: wrong.length,
              rightList: right.map((f) => Number(f.id)),
              wrongList: wrong.map((f) => f.fileName),
              wrongFiles: wrong.map(wrongFile),
              rightFiles: right.map(rightFile)
            },
            uploadTime: batch?.uploadTime ?? null,
            updateTime
          }
        })
      }
    })
})

export const dataRoutes = [initialize, upload, statusAll]
