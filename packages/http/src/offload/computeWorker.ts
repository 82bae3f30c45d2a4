/**
 * A compute worker thread: runs the jobs of an update (an upload's parse + validate, an apply's
 * de-duplication, a portrait recompute) one at a time on what it was sent, and answers each. It keeps nothing
 * between jobs; a thread that failed is ended (runInWorker), so a crash never touches the next update. The
 * server's thread only sends and receives.
 */
import { openAsBlob } from "node:fs"
import { parentPort } from "node:worker_threads"
import { freshRowsOf, packRows, RowColumns, recomputeOver, unpackRows } from "@wm/core"
import { Effect } from "effect"
import { validateUpload } from "../upload/validateUpload.js"
import type { Job, Reply, ValidatedFile } from "./protocol.js"

/** Portraits per reply: each is deserialized on the server's thread in one go, a few milliseconds. */
const PORTRAITS_PER_REPLY = 500

const port = parentPort!
const reply = (message: Reply, transfer: Array<ArrayBuffer> = []) => port.postMessage(message, transfer)

const run = async (job: Job) => {
  switch (job.kind) {
    case "validate": {
      const rows = new RowColumns(job.type)
      // A spooled upload is read from its file here, a chunk at a time: its bytes never pass the server's thread.
      const file =
        job.file instanceof ArrayBuffer
          ? new Blob([job.file])
          : (await openAsBlob(job.file.path)).slice(job.file.start, job.file.end)
      const report = await validateUpload(file, job.type, job.references, {
        fileName: job.fileName,
        ...(job.maxBytes === undefined ? {} : { maxBytes: job.maxBytes }),
        onRow: (row) => rows.push(row)
      })
      // The columns were built for the server alone: their blocks move over, uncopied.
      const packed = report.ok ? packRows(rows, false) : undefined
      const result: ValidatedFile = { report, rows: packed?.packed }
      return reply({ kind: "done", result }, packed?.transfer ?? [])
    }
    case "fresh": {
      const fresh = freshRowsOf(job.type, job.stored.map(unpackRows), job.files.map(unpackRows))
      return reply(
        { kind: "done", result: fresh },
        fresh.map((f) => f.fresh.buffer as ArrayBuffer)
      )
    }
    case "recompute": {
      const result = await Effect.runPromise(
        recomputeOver(job.input, {
          tradeFlow: job.tradeFlow.map(unpackRows),
          financialTrade: job.financialTrade.map(unpackRows),
          product: job.product,
          holding: job.holding
        })
      )
      for (let from = 0; from < result.portraits.length; from += PORTRAITS_PER_REPLY)
        reply({ kind: "portraits", batch: result.portraits.slice(from, from + PORTRAITS_PER_REPLY) })
      return reply({ kind: "done", result: { analysisDate: result.analysisDate, transactions: result.transactions } })
    }
  }
}

port.on("message", (job: Job) => {
  run(job).catch((error: unknown) =>
    reply({ kind: "failed", reason: error instanceof Error ? error.message : String(error) })
  )
})
