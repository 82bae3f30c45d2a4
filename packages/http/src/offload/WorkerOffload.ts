/**
 * Core's ComputeOffload and the upload's UploadValidation on worker threads, the server's choice (main.ts):
 * an update's CPU-heavy, pure stages run in a thread of their own while this thread keeps answering requests.
 *
 * Why threads and not a child process: the columns go over as transferred ArrayBuffers (no serialization, no
 * copy on the receiving side), and a thread starts in a fraction of a process's time. What stays on this thread
 * is cut into slices with the event loop run between them: copying the columns a worker reads (packRowsInSlices),
 * receiving portraits in batches, writing files (asynchronous file I/O), encoding JSON lines (DurableDataset).
 * Small jobs run in process: below `minRows` rows or `minUploadBytes` bytes a thread costs more than the job.
 */
import {
  ComputeOffload,
  type ComputeOffloadShape,
  type FreshRows,
  gatherMaterials,
  inProcessOffload,
  type PackedRows,
  packRowsInSlices,
  type RecomputeInput,
  type RowColumns,
  StorageError,
  type StoredPortrait,
  unpackRows
} from "@wm/core"
import { Effect, Layer } from "effect"
import { releaseSpooled, spooledSource } from "../upload/spool.js"
import type { ValidatedFile } from "./protocol.js"
import { workerPool } from "./runInWorker.js"
import { inProcessValidation, UploadValidation, type UploadValidationShape } from "./UploadValidation.js"

export interface WorkerOffloadOptions {
  /** The worker script; default computeWorker beside this file (tests give one that fails). */
  readonly entry?: URL
  /** Jobs over fewer rows run in process; default 100,000. */
  readonly minRows?: number
  /** Uploads of fewer bytes are validated in process; default 4 MiB. */
  readonly minUploadBytes?: number
  /** A worker's heap limit in MB (it fails alone, with a reason, when it needs more); default Node's. */
  readonly maxHeapMb?: number
}

const defaultEntry = new URL(`./computeWorker${import.meta.url.endsWith(".ts") ? ".ts" : ".js"}`, import.meta.url)

/** A job that could not finish: the update fails with the reason, the previous version stays served. */
const failed = (operation: string) => (error: unknown) =>
  new StorageError({
    operation: `${operation} in a worker thread`,
    unavailable: true,
    cause: error instanceof Error ? error : new Error(String(error))
  })

const packAll = (parts: ReadonlyArray<RowColumns>) =>
  Effect.gen(function* () {
    const packed: Array<PackedRows> = []
    const transfer: Array<ArrayBuffer> = []
    for (const part of parts) {
      const one = yield* packRowsInSlices(part)
      packed.push(one.packed)
      transfer.push(...one.transfer)
    }
    return { packed, transfer }
  })

const rowsIn = (parts: ReadonlyArray<RowColumns>) => parts.reduce((n, p) => n + p.length, 0)

export const makeWorkerOffload = (
  options: WorkerOffloadOptions = {}
): { readonly compute: ComputeOffloadShape; readonly validation: UploadValidationShape } => {
  const runInWorker = workerPool({ entry: options.entry ?? defaultEntry, maxHeapMb: options.maxHeapMb })
  const minRows = options.minRows ?? 100_000
  const minUploadBytes = options.minUploadBytes ?? 4 * 1024 * 1024

  const compute: ComputeOffloadShape = {
    freshRows: (type, stored, files) =>
      rowsIn(stored) + rowsIn(files) < minRows
        ? inProcessOffload.freshRows(type, stored, files)
        : Effect.gen(function* () {
            const s = yield* packAll(stored)
            const f = yield* packAll(files)
            return yield* Effect.tryPromise({
              try: (signal) =>
                runInWorker<ReadonlyArray<FreshRows>>(
                  { kind: "fresh", type, stored: s.packed, files: f.packed },
                  [...s.transfer, ...f.transfer],
                  signal
                ),
              catch: failed("de-duplication")
            })
          }),
    recompute: (input: RecomputeInput) =>
      Effect.gen(function* () {
        const materials = yield* gatherMaterials(input.pointer)
        if (materials === undefined || rowsIn(materials.tradeFlow) + rowsIn(materials.financialTrade) < minRows)
          return yield* inProcessOffload.recompute(input)
        const tradeFlow = yield* packAll(materials.tradeFlow)
        const financialTrade = yield* packAll(materials.financialTrade)
        const portraits: Array<StoredPortrait> = []
        const done = yield* Effect.tryPromise({
          try: (signal) =>
            runInWorker<{ analysisDate: string | null; transactions: number }>(
              {
                kind: "recompute",
                input,
                tradeFlow: tradeFlow.packed,
                financialTrade: financialTrade.packed,
                product: materials.product,
                holding: materials.holding
              },
              [...tradeFlow.transfer, ...financialTrade.transfer],
              signal,
              (batch) => {
                for (const p of batch) portraits.push(p)
              }
            ),
          catch: failed("recompute")
        })
        return { portraits, ...done }
      })
  }

  const validation: UploadValidationShape = {
    validate: (file, type, references, fileName, maxBytes) =>
      file.size < minUploadBytes
        ? inProcessValidation.validate(file, type, references, fileName, maxBytes)
        : Effect.gen(function* () {
            // A spooled upload (upload/spool.ts) is read by the worker from disk; any other is copied once, here.
            const source = spooledSource(file) ?? (yield* Effect.promise(() => file.arrayBuffer()))
            const answer = yield* Effect.tryPromise({
              try: (signal) =>
                runInWorker<ValidatedFile>(
                  { kind: "validate", type, file: source, fileName, references, maxBytes },
                  source instanceof ArrayBuffer ? [source] : [],
                  signal
                ),
              catch: failed("upload validation")
            })
            return { report: answer.report, rows: answer.rows === undefined ? undefined : unpackRows(answer.rows) }
          }).pipe(Effect.ensuring(Effect.promise(() => releaseSpooled(file))))
  }
  return { compute, validation }
}

/** The offload services: on worker threads with `options`, in process without. */
export const offloadLayer = (options: WorkerOffloadOptions | undefined) => {
  const chosen =
    options === undefined ? { compute: inProcessOffload, validation: inProcessValidation } : makeWorkerOffload(options)
  return Layer.merge(Layer.succeed(ComputeOffload, chosen.compute), Layer.succeed(UploadValidation, chosen.validation))
}
