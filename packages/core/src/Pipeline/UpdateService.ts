/**
 * The update pipeline (上传数据 → 更新数据 → 计算并更新): stage validated files per type, apply a type's right
 * files all-or-nothing into a new data version, recompute the portraits, then switch (DOMAIN.md §2).
 * One update or recompute runs at a time among every instance on the store (a lease, Ports/Leases.ts); another
 * answers UpdateRunning (30004).
 */
import { Cause, Clock, Effect, Option, Schema, Stream } from "effect"
import type { Actor } from "../Accounts/Actor.js"
import { type DatasetPointer, emptyPointer } from "../Data/DatasetPointer.js"
import { DatasetRepo } from "../Data/DatasetRepo.js"
import { ReadGeneration } from "../Data/ReadGeneration.js"
import { Company } from "../Domain/Company.js"
import { Conflict, Forbidden, InvalidInput, NotFound, UpdateRunning } from "../Errors.js"
import { withLease } from "../Leases/withLease.js"
import { CompanyRepo } from "../Ports/CompanyRepo.js"
import { Leases } from "../Ports/Leases.js"
import { OrganisationRepo } from "../Ports/OrganisationRepo.js"
import { SettingsRepo } from "../Ports/SettingsRepo.js"
import { UserRepo } from "../Ports/UserRepo.js"
import type { ValidationReport } from "../Upload/Report.js"
import type { UploadRow } from "../Upload/Specs.js"
import type { References, UploadType } from "../Upload/UploadType.js"
import { currentWarningWindow } from "../Warning/WarningWindow.js"
import { currentAnalysisSettings } from "./AnalysisSettings.js"
import { writeBatch } from "./ApplyRows.js"
import { ComputeOffload, inProcessOffload } from "./ComputeOffload.js"
import { planOrganisations, syncOrganisations } from "./OrganisationSync.js"
import { ReadModelWarmup } from "./ReadModelWarmup.js"
import { RowColumns } from "./RowColumns.js"
import { refuseLargeRemoval } from "./SnapshotShrink.js"
import type { StagedFile, UpdateStatus } from "./Staging.js"
import { makeLocalStaging, StagingStore } from "./StagingStore.js"
import { DEFAULT_LEASE_TTL_MS, UpdateConfig } from "./UpdateConfig.js"
import { countAgainstCurrent } from "./UploadCounts.js"

export interface Validated {
  readonly report: ValidationReport
  /** The right rows: columns as the upload path stages them, or an array (kept as columns). */
  readonly rows: RowColumns | ReadonlyArray<UploadRow<UploadType>> | undefined
}

const decodeCompany = Schema.decodeUnknownSync(Company)

/** The lease every instance takes before it writes a data version. */
export const UPDATE_LEASE = "data-update"

export class UpdateService extends Effect.Service<UpdateService>()("@wm/core/UpdateService", {
  effect: Effect.gen(function* () {
    const data = yield* DatasetRepo
    const orgs = yield* OrganisationRepo
    const companies = yield* CompanyRepo
    const settings = yield* SettingsRepo
    const users = yield* UserRepo
    const config = yield* UpdateConfig
    const leases = yield* Leases
    const lock = yield* Effect.makeSemaphore(1)
    // Staged uploads live in the store, shared by every instance on it; read there whenever they are listed.
    const staging = Option.getOrElse(yield* Effect.serviceOption(StagingStore), makeLocalStaging)
    // The heavy pure stages run where the server put them (a worker thread), else here.
    const offload = Option.getOrElse(yield* Effect.serviceOption(ComputeOffload), () => inProcessOffload)
    // The new version's read models built before its switch, where the server provides it.
    const warmup = yield* Effect.serviceOption(ReadModelWarmup)
    /** The version the running update reserved: on failure only it (and abandoned ones below it) is removed. */
    let reserved: number | undefined
    let status: Omit<UpdateStatus, "version" | "analysisDate"> = {
      status: 0,
      operation: null,
      type: null,
      startedAt: null,
      finishedAt: null,
      message: "no update has run yet"
    }
    // The run's state is read by the status routes: a change is a write of what their kept answers are built from.
    const generation = yield* Effect.serviceOption(ReadGeneration)
    const setStatus = (next: typeof status) => {
      status = next
      if (Option.isSome(generation)) generation.value.changed()
    }

    const requireBankAdmin = (actor: Actor) =>
      actor.user.role === 1 ? Effect.void : Effect.fail(new Forbidden({ action: "upload or update data" }))
    const active = Effect.map(
      data.pointer(),
      Option.getOrElse(() => emptyPointer)
    )
    const staged = (type: UploadType) =>
      Effect.map(staging.list(), (state) => state.files.filter((f) => f.type === type))
    const definedByStaged = (type: UploadType) =>
      Effect.map(staged(type), (files) => files.flatMap((f) => (f.report.ok ? f.report.definedCodes : [])))
    const snapshotCodes = (pointer: DatasetPointer, type: "product" | "listed_company") =>
      data.readRows(pointer, type).pipe(
        Stream.map((r) => ("productCode" in r ? r.productCode : (r as UploadRow<"listed_company">).listedCompanyId)),
        Stream.runCollect,
        Effect.map((chunk) => [...chunk])
      )

    /** Codes rows may point to: the current data plus what the right staged files define. */
    const references = Effect.gen(function* () {
      const pointer = yield* active
      const outlets = (yield* orgs.listOutlets({})).map((o) => o.code as string)
      const customers = (yield* companies.list()).map((c) => c.code as string)
      return {
        outletCodes: new Set([...outlets, ...(yield* definedByStaged("organization"))]),
        companyCodes: new Set([...customers, ...(yield* definedByStaged("company"))]),
        productCodes: new Set([...(yield* snapshotCodes(pointer, "product")), ...(yield* definedByStaged("product"))]),
        listedCompanyIds: new Set([
          ...(yield* snapshotCodes(pointer, "listed_company")),
          ...(yield* definedByStaged("listed_company"))
        ])
      } satisfies References
    })

    /** Builds and activates a new version; on any failure removes it, so the previous data stays served. */
    const runExclusive = <A, E, R>(
      operation: "apply" | "recompute",
      type: UploadType | null,
      work: Effect.Effect<A, E, R>
    ) =>
      Effect.gen(function* () {
        const startedAt = yield* Clock.currentTimeMillis
        setStatus({ status: 1, operation, type, startedAt, finishedAt: null, message: `${operation} running` })
        reserved = undefined
        const previous = yield* active
        const exit = yield* Effect.exit(work)
        const finishedAt = yield* Clock.currentTimeMillis
        if (exit._tag === "Success") {
          setStatus({ status: 0, operation, type, startedAt, finishedAt, message: `${operation} done` })
          return exit.value
        }
        // Only the refused switch fails with UpdateRunning inside the work (the lease is taken outside it).
        const superseded = Option.exists(Cause.failureOption(exit.cause), (e) => e instanceof UpdateRunning)
        // Fenced: what this update reserved, never above it, so a superseded update leaves alone what the
        // instance that took the lease over is writing.
        if (reserved !== undefined) yield* Effect.ignore(data.discardAbove(previous.version, reserved))
        const reason = superseded
          ? "the update lease was lost: another instance took the update over"
          : Cause.squash(exit.cause)
        setStatus({
          status: 2,
          operation,
          type,
          startedAt,
          finishedAt,
          message: `${operation} failed, previous data kept: ${reason instanceof Error ? reason.message : String(reason)}`
        })
        return yield* exit
      }).pipe(
        // The lease first (another instance), then this instance's own lock (no second fiber asks the store).
        withLease(UPDATE_LEASE, { ttlMs: config.leaseTtlMs ?? DEFAULT_LEASE_TTL_MS }),
        Effect.provideService(Leases, leases),
        lock.withPermitsIfAvailable(1),
        Effect.map(Option.flatten),
        Effect.flatMap(Option.match({ onNone: () => Effect.fail(new UpdateRunning()), onSome: Effect.succeed }))
      )

    /** Writes `type`'s rows (if any) into a new version, recomputes, switches, tidies. */
    const buildVersion = (type: UploadType | null, files: ReadonlyArray<RowColumns>, force = false) =>
      Effect.gen(function* () {
        if (type !== null && !force) yield* refuseLargeRemoval(yield* active, type, files)
        // Customers and outlets are few; only they are needed as objects.
        const rows = type === "company" || type === "organization" ? files.map((f) => f.slice(0, f.length)) : []
        let customers = yield* companies.list()
        const orgRows = type === "organization" ? (rows.flat() as ReadonlyArray<UploadRow<"organization">>) : []
        // The file is the whole tree: refused before anything is written if it drops what is still in use.
        const orgPlan = type === "organization" ? yield* planOrganisations(orgRows, customers) : undefined
        // Reserved before anything is read or removed: an instance that held the lease before this one (paused
        // past its length) can no longer switch (DatasetRepo.activate), so the active version read next stays.
        const version = yield* data.reserveVersion()
        reserved = version
        const previous = yield* active
        yield* data.discardAbove(previous.version, version)
        const snapshots = { ...previous.snapshots }
        if (type === "company") {
          customers = rows.flat().map((r) => decodeCompany(r))
        }
        if (type !== null) {
          yield* writeBatch(previous, version, type, files, offload)
          if (files.length > 0 && type !== "trade_flow" && type !== "financial_trade") snapshots[type] = version
        }
        const outlets = type === "organization" ? [] : yield* orgs.listOutlets({})
        const branches = new Map((yield* orgs.listBranches()).map((b) => [b.id, b.code as string]))
        const branchOfOutlet = new Map<string, string>(outlets.map((o) => [o.code, branches.get(o.branchId) ?? ""]))
        for (const r of orgRows) branchOfOutlet.set(r.outletCode, r.branchCode)
        const unknown = customers.find((c) => !branchOfOutlet.has(c.outletCode))
        if (unknown !== undefined) {
          return yield* new Conflict({
            reason: `customer ${unknown.code} belongs to unknown outlet ${unknown.outletCode}`
          })
        }
        const draft: DatasetPointer = { version, appliedAt: 0, snapshots, analysisDate: null }
        // The analysis settings a bank admin saved (else the configured defaults) apply from this recompute on.
        const analysis = yield* currentAnalysisSettings.pipe(
          Effect.provideService(SettingsRepo, settings),
          Effect.provideService(UpdateConfig, config)
        )
        const result = yield* offload.recompute({
          pointer: draft,
          companies: customers,
          branchOfOutlet,
          ourBankCodes: analysis.ourBankCodes,
          analysisDate: analysis.analysisDate ?? undefined,
          thresholds: { low: analysis.lowThreshold, medium: analysis.mediumThreshold },
          // The window the bank admin saved (configrecent); categories follow a change at the next recompute.
          warningWindow: yield* Effect.provideService(currentWarningWindow(), SettingsRepo, settings)
        })
        yield* data.writePortraits(version, result.portraits)
        const pointer: DatasetPointer = {
          ...draft,
          appliedAt: yield* Clock.currentTimeMillis,
          analysisDate: result.analysisDate
        }
        // Readers of the new version find its read models built: the first read after the switch waits for none.
        if (Option.isSome(warmup)) yield* warmup.value.warm(pointer)
        // Refused: this instance's lease lapsed and the one that took it over started; that one is running now.
        if (!(yield* data.activate(pointer))) return yield* new UpdateRunning()
        // The registries follow the switch; replaying the same update repairs them if this step fails.
        if (type === "company") yield* companies.replaceAll(customers)
        if (orgPlan !== undefined) yield* syncOrganisations(orgRows, orgPlan)
        yield* Effect.ignore(data.collectGarbage(pointer))
        return { version, customers: customers.length, transactions: result.transactions }
      }).pipe(
        Effect.provideService(DatasetRepo, data),
        Effect.provideService(OrganisationRepo, orgs),
        Effect.provideService(UserRepo, users)
      )

    return {
      /** 初始化上传: a fresh batch for the type (its staged files are dropped). */
      initialize: (actor: Actor, type: UploadType) =>
        Effect.andThen(requireBankAdmin(actor), () =>
          Effect.flatMap(staged(type), (files) =>
            staging.drop(
              type,
              files.map((f) => f.id)
            )
          )
        ),

      /** 上传文件: validates with the current references and stages the file, right or wrong. */
      upload: <E, R>(
        actor: Actor,
        type: UploadType,
        fileName: string,
        validate: (refs: References) => Effect.Effect<Validated, E, R>
      ) =>
        Effect.gen(function* () {
          yield* requireBankAdmin(actor)
          const checked = yield* validate(yield* references)
          const uploadedAt = yield* Clock.currentTimeMillis
          const rows =
            !checked.report.ok || checked.rows === undefined
              ? undefined
              : checked.rows instanceof RowColumns
                ? checked.rows
                : RowColumns.of(type, checked.rows)
          const counts =
            rows === undefined
              ? undefined
              : yield* Effect.provideService(countAgainstCurrent(yield* active, type, rows, offload), DatasetRepo, data)
          const file: Omit<StagedFile, "id"> = {
            type,
            fileName,
            uploadedAt,
            uploadedBy: actor.user.username,
            report: counts === undefined ? checked.report : { ...checked.report, counts },
            rows
          }
          return { ...file, id: yield* staging.add(file) } satisfies StagedFile
        }),

      /** 全部更新状态: per type, its staged files and when it was last uploaded and applied. */
      batches: (actor: Actor) =>
        Effect.andThen(requireBankAdmin(actor), () =>
          Effect.map(staging.list(), (state) =>
            [...state.files.map((f) => f.type), ...(Object.keys(state.updateTimes) as Array<UploadType>)]
              .filter((t, i, all) => all.indexOf(t) === i)
              .map((type) => ({
                type,
                files: state.files.filter((f) => f.type === type),
                uploadTime: state.uploadTimes[type] ?? null,
                updateTime: state.updateTimes[type] ?? null
              }))
          )
        ),

      /** 更新数据: applies the listed right files of the type, all or nothing. */
      /** `force`: apply even a snapshot file that removes more than half of the type's rows (SnapshotShrink). */
      apply: (actor: Actor, type: UploadType, ids: ReadonlyArray<string>, options: { readonly force?: boolean } = {}) =>
        Effect.gen(function* () {
          yield* requireBankAdmin(actor)
          if (ids.length === 0)
            return yield* new InvalidInput({ field: "ids", reason: "must list at least one file id" })
          const listed = yield* staged(type)
          const files = ids.map((id) => listed.find((f) => f.id === id))
          const missing = ids.find((_, i) => files[i] === undefined)
          if (missing !== undefined) return yield* new NotFound({ entity: `${type} file`, key: missing })
          const wrong = files.find((f) => !f!.report.ok)
          if (wrong !== undefined) {
            return yield* new InvalidInput({
              field: "ids",
              reason: `file ${wrong.id} (${wrong.fileName}) was rejected and cannot be applied`
            })
          }
          const readRows = Effect.gen(function* () {
            const rows: Array<RowColumns> = []
            for (const id of ids) {
              const found = yield* staging.rows(id)
              // Dropped since it was listed (its batch started over through another instance).
              if (Option.isNone(found)) return yield* new NotFound({ entity: `${type} file`, key: id })
              rows.push(found.value)
            }
            return rows
          })
          // The staged rows are read once the update runs: reading hundreds of MB takes a while, and a second
          // update or recompute sent meanwhile must find this one running (30004).
          const result = yield* runExclusive(
            "apply",
            type,
            Effect.flatMap(readRows, (rows) => buildVersion(type, rows, options.force))
          )
          // The version is applied already; a failure to tidy the staging must not report the apply as failed.
          yield* Effect.ignore(staging.drop(type, ids, yield* Clock.currentTimeMillis))
          return result
        }),

      /** 计算并更新: recomputes the read model from the current data. */
      recompute: (actor: Actor) =>
        Effect.andThen(requireBankAdmin(actor), runExclusive("recompute", null, buildVersion(null, []))),

      /** 数据更新状态 */
      status: () =>
        Effect.map(active, (p): UpdateStatus => ({ ...status, version: p.version, analysisDate: p.analysisDate }))
    } as const
  })
}) {}
