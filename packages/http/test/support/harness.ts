/**
 * Builds the real app on the in-memory store with a manual clock, seeds a small bank, and offers
 * helpers to call routes as any role. Tests call `app.request()` without a listener.
 */

import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import {
  Company,
  type CompanyCode,
  CompanyRepo,
  Crypto,
  DatasetRepo,
  MemoryStore,
  OrganisationRepo,
  type OrgCode,
  type Role,
  type User,
  UserRepo
} from "@wm/core"
import { Effect, Layer, ManagedRuntime } from "effect"
import { makeApp } from "../../src/app.js"
import { type Logger, silentLogger } from "../../src/infra/logger.js"
import type * as NodeCrypto from "../../src/infra/NodeCrypto.js"
import type { WorkerOffloadOptions } from "../../src/offload/WorkerOffload.js"
import { type StorePorts, servicesLayer } from "../../src/services.js"
import { makeManualClock } from "./ManualClock.js"

export const PASSWORD = "Test@2026"
export const INITIAL_PASSWORD = "Initial@2026"
export const cheapScrypt: NodeCrypto.ScryptCost = { N: 1024, r: 8, p: 1 }
export const accountConfig = {
  initialPassword: INITIAL_PASSWORD,
  maxFailedSignIns: 3,
  lockoutMs: 10 * 60_000,
  sessionIdleMs: 30 * 60_000,
  sessionAbsoluteMs: 8 * 60 * 60_000
}

/** Two sub-branches (B1 with outlets B1O1 and B1O2, B2 with B2O1) and one user of every role, plus a sub-branch
 * admin and an outlet RM in B2 and the uninitialized `newcomer` (role 5, B1). Every user's password is PASSWORD. */
const seed = Effect.gen(function* () {
  const orgs = yield* OrganisationRepo
  const users = yield* UserRepo
  const audit = { createdAt: 0, createdBy: null, updatedAt: 0, updatedBy: null }
  const b1 = yield* orgs.insertBranch({ code: "B1" as never, name: "城东支行", ...audit })
  const b2 = yield* orgs.insertBranch({ code: "B2" as never, name: "城西支行", ...audit })
  const o11 = yield* orgs.insertOutlet({ code: "B1O1" as never, name: "城东一网点", branchId: b1.id, ...audit })
  const o12 = yield* orgs.insertOutlet({ code: "B1O2" as never, name: "城东二网点", branchId: b1.id, ...audit })
  const o21 = yield* orgs.insertOutlet({ code: "B2O1" as never, name: "城西一网点", branchId: b2.id, ...audit })
  return { b1, b2, o11, o12, o21, users }
})

export interface HarnessOptions {
  /** The app's logger; silent unless a test captures lines. */
  readonly logger?: Logger
  /** Wraps the memory store's DatasetRepo (to make a step of an update fail, say). */
  readonly datasetRepo?: (repo: DatasetRepo["Type"]) => DatasetRepo["Type"]
  /** The storage ports under the app; default the in-memory store. The database must be empty (the bank is seeded). */
  readonly store?: Layer.Layer<StorePorts, unknown>
  /** TRUSTED_PROXIES of the app; default none. */
  readonly trustedProxies?: ReadonlyArray<string>
  /** False: cached answers are served as the server entry serves them, not rebuilt and compared (default true). */
  readonly checkAnswers?: boolean
  /** Where export files go; default a fresh temporary directory removed by close(). */
  readonly exportDir?: string
  /** Export runner settings (default 2 at once, 7 days' retention). */
  readonly exports?: { readonly concurrency: number; readonly retentionMs: number }
  /** Run an update's heavy stages on worker threads with these settings (as main.ts does); default in process. */
  readonly computeWorkers?: WorkerOffloadOptions
}

export interface CallOptions {
  /** Sent as `Authorization: Bearer`. */
  readonly token?: string
  /** Serialised as the JSON body. */
  readonly body?: unknown
  /** Sent verbatim as a JSON body (for malformed bodies). */
  readonly rawBody?: string
  /** Extra headers, e.g. a `cookie`. */
  readonly headers?: Record<string, string>
  /** Sent as a multipart/form-data body. */
  readonly form?: FormData
  /** The address of the socket the request comes from (as the Node server would see it); default none. */
  readonly address?: string
}

export interface CallResult {
  readonly status: number
  readonly json: { code: number; msg: string; data: any }
  readonly res: Response
}

export const makeHarness = async (options: HarnessOptions = {}) => {
  const clock = makeManualClock()
  const wrap = options.datasetRepo
  const base = options.store ?? MemoryStore.layer
  const store =
    wrap === undefined ? base : Layer.effect(DatasetRepo, Effect.map(DatasetRepo, wrap)).pipe(Layer.provideMerge(base))
  const exportDir = options.exportDir ?? mkdtempSync(join(tmpdir(), "exports-"))
  const layer = servicesLayer(store, {
    account: accountConfig,
    cookieSecure: false,
    scrypt: cheapScrypt,
    trustedProxies: options.trustedProxies ?? [],
    exportDir,
    // The in-memory store is written by this process alone; a store given by a test may be shared.
    exclusiveStore: options.store === undefined,
    ...(options.computeWorkers === undefined ? {} : { computeWorkers: options.computeWorkers })
  }).pipe(Layer.provide(clock.layer))
  const runtime = ManagedRuntime.make(Layer.merge(layer, clock.layer))
  const org = await runtime.runPromise(seed)
  const passwordHash = await runtime.runPromise(Effect.flatMap(Crypto, (c) => c.hashPassword(PASSWORD)))
  const addUser = (
    username: string,
    role: Role,
    branchId: number | null,
    outletId: number | null,
    initialized = true
  ) =>
    runtime.runPromise(
      org.users.insert({
        username: username as never,
        name: `${username}-name`,
        role,
        branchId: branchId as never,
        outletId: outletId as never,
        passwordHash,
        initialized,
        failedSignIns: 0,
        lockedUntil: null,
        createdAt: clock.now(),
        createdBy: null,
        updatedAt: clock.now()
      })
    )
  const staff = {
    admin: await addUser("admin", 1, null, null),
    bankRm: await addUser("bank_rm", 2, null, null),
    branchAdmin: await addUser("branch_admin", 3, org.b1.id, null),
    outletRm: await addUser("outlet_rm", 4, org.b1.id, org.o11.id),
    branchRm: await addUser("branch_rm", 5, org.b1.id, null),
    otherBranchAdmin: await addUser("west_admin", 3, org.b2.id, null),
    otherOutletRm: await addUser("west_rm", 4, org.b2.id, org.o21.id),
    newcomer: await addUser("newcomer", 5, org.b1.id, null, false)
  } satisfies Record<string, User>
  const app = makeApp({
    runtime,
    logger: options.logger ?? silentLogger,
    ...(options.checkAnswers === undefined ? {} : { checkAnswers: options.checkAnswers }),
    ...(options.exports === undefined ? {} : { exports: options.exports })
  })

  const call = async (method: string, path: string, options: CallOptions = {}): Promise<CallResult> => {
    // Tests read English messages unless they ask otherwise (the server's default is Chinese).
    const headers: Record<string, string> = { "accept-language": "en", ...options.headers }
    if (options.token) headers.authorization = `Bearer ${options.token}`
    if (options.body !== undefined || options.rawBody !== undefined) headers["content-type"] = "application/json"
    const res = await app.request(
      path,
      {
        method,
        headers,
        body: options.form ?? options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body))
      },
      options.address === undefined ? undefined : { incoming: { socket: { remoteAddress: options.address } } }
    )
    const text = await res.clone().text()
    let json: CallResult["json"]
    try {
      json = JSON.parse(text)
    } catch {
      throw new Error(`${method} ${path} answered ${res.status} with a non-JSON body: ${text.slice(0, 200)}`)
    }
    return { status: res.status, json, res }
  }
  const signIn = async (username: string, password = PASSWORD, address?: string) => {
    const r = await call("POST", "/api/sign_in", { body: { username, password }, ...(address && { address }) })
    if (r.json.code !== 10000) throw new Error(`sign-in of ${username} failed: ${r.json.msg}`)
    return r.json.data.token as string
  }
  /** Uploads `text` as the file `fileName` of the given type (multipart/form-data). */
  const upload = (token: string, type: string, fileName: string, text: string) => {
    const form = new FormData()
    form.set("type", type)
    form.set("file", new File([text], fileName, { type: "text/csv" }))
    return call("POST", "/api/upload_update_data", { token, form })
  }
  /** Replaces the bank's customers with `count` customers per given outlet code. */
  const seedCompanies = (perOutlet: Record<string, number>) =>
    runtime.runPromise(
      Effect.flatMap(CompanyRepo, (repo) =>
        repo.replaceAll(
          Object.entries(perOutlet).flatMap(([outletCode, count]) =>
            Array.from(
              { length: count },
              (_, i) =>
                new Company({
                  code: `${outletCode}-C${i + 1}` as CompanyCode,
                  name: `${outletCode} 客户 ${i + 1}`,
                  outletCode: outletCode as OrgCode,
                  linkman: "联系人",
                  contact: "13800000000",
                  riskRating: null,
                  listedCompanyId: null
                })
            )
          )
        )
      )
    )
  /** The outlet code a customer belongs to now, or undefined if there is no such customer. */
  const outletOfCompany = (code: string) =>
    runtime.runPromise(
      Effect.map(
        Effect.flatMap(CompanyRepo, (repo) => repo.findByCode(code as CompanyCode)),
        (found) => (found._tag === "Some" ? (found.value.outletCode as string) : undefined)
      )
    )
  const countCompanies = (outletCode: string) =>
    runtime.runPromise(Effect.flatMap(CompanyRepo, (repo) => repo.countByOutlet(outletCode as OrgCode)))

  return {
    app,
    runtime,
    clock,
    org,
    staff,
    call,
    signIn,
    upload,
    seedCompanies,
    outletOfCompany,
    countCompanies,
    exportDir,
    /** Whether the store is written by this process alone (read answers may then be kept: api/memo.ts). */
    exclusiveStore: options.store === undefined,
    close: async () => {
      await app.close()
      await runtime.dispose()
      if (options.exportDir === undefined) rmSync(exportDir, { recursive: true, force: true })
    }
  }
}
export type Harness = Awaited<ReturnType<typeof makeHarness>>
