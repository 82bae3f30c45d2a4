/**
 * A counter of the writes made through this process to the data read answers are built from: the dataset (every
 * update, staging and switch), staged uploads, the organisation tree, contact corrections, users, settings, focus
 * lists, marketing records, recorded sign-ins (the login statistics) and the state of an update run (set in
 * memory by UpdateService, which says so through `changed`). An answer computed
 * while the counter stayed at one value is the answer the same request gets for as long as it keeps that value,
 * so a read path may keep such answers and send them again without computing them (packages/http api/memo.ts).
 *
 * Only for a store written by this process alone (the embedded store): another process writing a shared database
 * does not move this counter. Each write moves it when it starts and again when it ends, so an answer whose
 * computation overlapped a write is never taken for current.
 *
 * Export tasks move a second counter (`exportTasks`): a running export saves its progress every few thousand rows,
 * which would otherwise drop every kept answer many times a second; only the export list reads them.
 */
import { Context, Effect, Layer } from "effect"
import { ColumnarKey, type WithColumnar } from "../Pipeline/ColumnarDataset.js"
import { StagingStore } from "../Pipeline/StagingStore.js"
import { ContactRepo } from "../Ports/ContactRepo.js"
import { ExportTaskRepo } from "../Ports/ExportTaskRepo.js"
import { FocusRepo } from "../Ports/FocusRepo.js"
import { MarketingRepo } from "../Ports/MarketingRepo.js"
import { OrganisationRepo } from "../Ports/OrganisationRepo.js"
import { SignInLog } from "../Ports/SessionRepo.js"
import { SettingsRepo } from "../Ports/SettingsRepo.js"
import { UserRepo } from "../Ports/UserRepo.js"
import { DatasetRepo } from "./DatasetRepo.js"

export class ReadGeneration extends Context.Tag("@wm/core/ReadGeneration")<
  ReadGeneration,
  {
    readonly current: () => number
    /** The writes of export tasks (created, claimed, progressed, finished, renewed, removed). */
    readonly exportTasks: () => number
    /** Counts a change of state read answers are built from that a service holds in memory (an update's run). */
    readonly changed: () => void
  }
>() {}

/**
 * `service` with every method not named in `reads` counted as a write: a method added to a port later counts as
 * a write until it is listed here (an answer kept too briefly, never one kept too long).
 */
const counting = <S extends object>(service: S, reads: ReadonlyArray<string>, bump: () => void): S => {
  const wrapped: Record<string | symbol, unknown> = { ...(service as Record<string | symbol, unknown>) }
  for (const [name, method] of Object.entries(service)) {
    if (typeof method !== "function" || reads.includes(name)) continue
    wrapped[name] = (...args: Array<unknown>) => {
      bump()
      const result = method.apply(service, args)
      if (!Effect.isEffect(result)) return result
      return Effect.ensuring(
        Effect.zipRight(Effect.sync(bump), result as Effect.Effect<unknown, unknown>),
        Effect.sync(bump)
      )
    }
  }
  return wrapped as S
}

const DATASET_READS = ["pointer", "readRows", "tradesOf", "holdingsOf", "portrait", "searchPortraits"]

export const readGenerationLayer = Layer.effectContext(
  Effect.gen(function* () {
    let generation = 0
    let exportTasks = 0
    const bump = () => {
      generation++
    }
    const dataset = yield* DatasetRepo
    const countedDataset = counting(dataset, DATASET_READS, bump) as DatasetRepo["Type"] & WithColumnar
    const columnar = (dataset as WithColumnar)[ColumnarKey]
    const withColumnar =
      columnar === undefined
        ? countedDataset
        : { ...countedDataset, [ColumnarKey]: counting(columnar, ["columnsOf"], bump) }
    const counters = { current: () => generation, exportTasks: () => exportTasks, changed: bump }
    return Context.make(ReadGeneration, counters).pipe(
      Context.add(DatasetRepo, withColumnar),
      Context.add(
        OrganisationRepo,
        counting(
          yield* OrganisationRepo,
          ["listBranches", "listOutlets", "pageOutlets", "findBranch", "findOutlet"],
          bump
        )
      ),
      Context.add(ContactRepo, counting(yield* ContactRepo, ["find"], bump)),
      Context.add(UserRepo, counting(yield* UserRepo, ["findById", "findByUsername", "list", "count"], bump)),
      Context.add(SettingsRepo, counting(yield* SettingsRepo, ["warningWindow", "analysisSettings"], bump)),
      Context.add(FocusRepo, counting(yield* FocusRepo, ["list"], bump)),
      Context.add(MarketingRepo, counting(yield* MarketingRepo, ["find", "listByCompany", "between"], bump)),
      Context.add(SignInLog, counting(yield* SignInLog, ["list"], bump)),
      Context.add(StagingStore, counting(yield* StagingStore, ["list", "rows"], bump)),
      Context.add(
        ExportTaskRepo,
        counting(yield* ExportTaskRepo, ["find", "listByUser", "listByState", "createdBefore"], () => {
          exportTasks++
        })
      )
    )
  })
)
