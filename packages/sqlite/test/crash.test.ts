// kill -9 at random moments while an apply runs, 20 times: after each, the store opened again on the same data
// directory serves the previous version or the new one, whole (rows, pointer and portraits agree), the status is
// not stuck, and no file is left that no record names.
import { spawn } from "node:child_process"
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { DatasetRepo, UpdateConfig, UpdateService } from "@wm/core"
import { Chunk, Effect, Layer, ManagedRuntime, Option, Stream } from "effect"
import { afterAll, expect, it } from "vitest"
import { companyCsv, organizationCsv, tradeFlowCsv } from "../../http/test/support/bankData.js"
import { repoRoot } from "../../http/test/support/serverProcess.js"
import { SqliteStore } from "../src/index.js"

const scratch = mkdtempSync(join(tmpdir(), "wm-crash-"))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))
const dataDir = join(scratch, "data")

/** A trade_flow file of `n` new transactions of C1, all later than any before (round `round`). */
const tradeFile = (round: number, n: number) => {
  const dir = join(scratch, `round-${round}`)
  mkdirSync(dir, { recursive: true })
  const lines = ["companyCode,accountNo,tradeTime,direction,amount,balance,counterpartyBank,channel"]
  const start = Date.UTC(2026, 2, 1) + round * 86_400_000
  for (let i = 0; i < n; i++) {
    const t = new Date(start + i * 1000).toISOString().replace("T", " ").slice(0, 19)
    lines.push(`C1,A${round}-${i % 7},${t},贷,${(i % 90) + 1},${i + 1},OTHER,网银`)
  }
  writeFileSync(join(dir, "trade_flow.csv"), lines.join("\n"))
  return dir
}

/** Runs the child; kills it `killAfterMs` after it opened the store (never when undefined). */
const runChild = (filesDir: string, killAfterMs?: number) =>
  new Promise<{ done: boolean; ms: number }>((resolve) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", join(import.meta.dirname, "support/apply-child.ts"), dataDir, filesDir],
      {
        cwd: repoRoot,
        stdio: ["ignore", "pipe", "inherit"]
      }
    )
    let out = ""
    let openedAt = 0
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString()
      if (openedAt === 0 && out.includes("open\n")) {
        openedAt = Date.now()
        if (killAfterMs !== undefined) setTimeout(() => child.kill("SIGKILL"), killAfterMs)
      }
    })
    child.once("exit", () => resolve({ done: out.includes("done\n"), ms: Date.now() - openedAt }))
  })

/** What the store serves now, read in this process as a restarted server would. */
const served = async () => {
  const runtime = ManagedRuntime.make(
    UpdateService.Default.pipe(
      Layer.provideMerge(Layer.merge(SqliteStore.layer({ dataDir }), UpdateConfig.layer({ ourBankCodes: ["OURBANK"] })))
    )
  )
  try {
    return await runtime.runPromise(
      Effect.gen(function* () {
        const repo = yield* DatasetRepo
        const pointer = Option.getOrThrow(yield* repo.pointer())
        const trades = Chunk.size(yield* Stream.runCollect(repo.readRows(pointer, "trade_flow")))
        const portrait = yield* repo.portrait(pointer.version, "C1")
        const status = yield* (yield* UpdateService).status()
        return { version: pointer.version, trades, portrait: Option.isSome(portrait), status: status.status }
      })
    )
  } finally {
    await runtime.dispose()
  }
}

it("an apply killed at any moment leaves the old version or the new one, whole", { timeout: 600_000 }, async () => {
  const base = join(scratch, "base")
  mkdirSync(base)
  writeFileSync(join(base, "organization.csv"), organizationCsv)
  writeFileSync(join(base, "company.csv"), companyCsv)
  writeFileSync(join(base, "trade_flow.csv"), tradeFlowCsv)
  expect((await runChild(base)).done).toBe(true)
  let previous = await served()
  expect(previous).toMatchObject({ trades: 4, portrait: true, status: 0 })

  const N = 20_000
  // One round run to the end tells how long an apply takes here; the kills land anywhere in that span.
  const timed = await runChild(tradeFile(0, N))
  expect(timed.done).toBe(true)
  previous = await served()
  expect(previous.trades).toBe(4 + N)
  const outcomes = { old: 0, new: 0 }
  for (let round = 1; round <= 20; round++) {
    const run = await runChild(tradeFile(round, N), Math.floor(Math.random() * timed.ms * 1.2))
    const now = await served()
    expect(now.portrait, `round ${round}: the portrait of the active version`).toBe(true)
    expect(now.status, `round ${round}: status not stuck`).not.toBe(1)
    if (now.version === previous.version) {
      expect(now.trades, `round ${round}: the old version, whole`).toBe(previous.trades)
      outcomes.old++
    } else {
      expect(now.version).toBeGreaterThan(previous.version)
      expect(now.trades, `round ${round}: the new version, whole`).toBe(previous.trades + N)
      outcomes.new++
    }
    if (run.done) expect(now.version).toBeGreaterThan(previous.version)
    previous = now
    // Leftovers of the killed apply are removed once the store opened: only files the record names remain.
    expect(readdirSync(join(dataDir, "bulk")).filter((n) => n.startsWith(".tmp-"))).toEqual([])
  }
  expect(outcomes.old + outcomes.new).toBe(20)
})
