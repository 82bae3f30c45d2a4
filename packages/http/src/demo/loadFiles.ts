/**
 * Loads a folder of upload files (the demo bank, or the converted Berka data) through the same pipeline
 * the upload API uses: validate, stage, apply type by type, recompute. Reports progress per type.
 */
import { existsSync, openAsBlob } from "node:fs"
import { join } from "node:path"
import { type Actor, Conflict, UpdateService, type UploadType } from "@wm/core"
import { Effect } from "effect"
import { stageFile } from "../upload/stageFile.js"

/** Things referenced come first, and the transactions, whose recompute is the heavy one, last. */
export const loadOrder: ReadonlyArray<UploadType> = [
  "organization",
  "company",
  "product",
  "peer_product",
  "listed_company",
  "shareholder",
  "holding",
  "financial_trade",
  "trade_flow"
]

export interface LoadStep {
  readonly type: UploadType
  readonly rows: number
  /** Parse and validate (what /api/upload_update_data does). */
  readonly validateMs: number
  /** Write the new version, recompute the portraits, switch (what /api/updatedatabutton does). */
  readonly applyMs: number
  /** CPU time of the process (all its threads, the GC's included) in each phase: on a shared machine wall time lies. */
  readonly validateCpuMs: number
  readonly applyCpuMs: number
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

export const loadFiles = (dir: string, actor: Actor, onStep: (step: LoadStep) => void = () => {}) =>
  Effect.gen(function* () {
    const updates = yield* UpdateService
    for (const type of loadOrder) {
      const path = join(dir, `${type}.csv`)
      if (!existsSync(path)) continue
      const [started, startedCpu] = [Date.now(), cpuMs()]
      yield* updates.initialize(actor, type)
      const blob = yield* Effect.promise(() => openAsBlob(path))
      // Local files are trusted: no upload size limit, only the row limit.
      const file = yield* stageFile(actor, type, blob, `${type}.csv`, Number.MAX_SAFE_INTEGER)
      if (!file.report.ok) {
        const first = file.report.fileErrors[0] ?? file.report.errors[0]
        return yield* new Conflict({ reason: `${path} was rejected: ${JSON.stringify(first)}` })
      }
      const [validated, validatedCpu] = [Date.now(), cpuMs()]
      yield* updates.apply(actor, type, [file.id])
      onStep({
        type,
        rows: file.report.rows,
        validateMs: validated - started,
        applyMs: Date.now() - validated,
        validateCpuMs: Math.round(validatedCpu - startedCpu),
        applyCpuMs: Math.round(cpuMs() - validatedCpu)
      })
    }
  })
