/**
 * Two servers on a real listener at 127.0.0.1 over one harness: ours as `main.ts` builds it (kept answers before
 * Hono) and a reference on the same runtime that keeps nothing. `both` sends one request as raw bytes to each and
 * requires the same bytes (status line, every header in order, body; only the Date header aside) and the same
 * request log line (only its time and duration aside). Shared by the read-memo.listener tests.
 */
import { createServer, type RequestListener, type Server } from "node:http"
import { connect } from "node:net"
import { getRequestListener } from "@hono/node-server"
import { afterEach, beforeEach, expect } from "vitest"
import { makeApp } from "../../src/app.js"
import { withKeptAnswers } from "../../src/infra/keptAnswers.js"
import { makeLogger } from "../../src/infra/logger.js"
import { loadBank } from "./bankData.js"
import { type Harness, makeHarness } from "./harness.js"

export let h: Harness
let servers: Array<Server> = []
let ourPort = 0
let referencePort = 0
/** Requests our server handed to Hono. */
let honoCalls = 0
/** The reference app on the same runtime (its export runner is stopped with it). */
let reference: ReturnType<typeof makeApp> | undefined
/** Our server's log lines. */
export const ourLines: Array<string> = []
const referenceLines: Array<string> = []

const listen = (listener: RequestListener) =>
  new Promise<number>((resolve) => {
    const server = createServer(listener)
    servers.push(server)
    server.listen(0, "127.0.0.1", () => resolve((server.address() as { port: number }).port))
  })

/** Starts both servers on a fresh harness with the test bank before each test of the calling file; stops them after. */
export const useKeptListener = () => {
  beforeEach(async () => {
    honoCalls = 0
    ourLines.length = 0
    referenceLines.length = 0
    const ourLogger = makeLogger("info", (line) => ourLines.push(line))
    h = await makeHarness({ checkAnswers: false, logger: ourLogger })
    reference = makeApp({
      runtime: h.runtime,
      logger: makeLogger("info", (line) => referenceLines.push(line)),
      checkAnswers: false,
      keepAnswers: false
    })
    const hono = getRequestListener((req, env) => {
      honoCalls++
      return h.app.fetch(req, env)
    })
    ourPort = await listen(withKeptAnswers(hono, h.app, ourLogger))
    referencePort = await listen(getRequestListener(reference.fetch))
    await loadBank(h)
  })
  afterEach(async () => {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))))
    servers = []
    await reference?.close()
    await h.close()
  })
}

/** One request as raw bytes, answered on a connection of its own; the whole answer as text. */
const raw = (port: number, path: string, headers: ReadonlyArray<string>, method = "GET", host = true) =>
  new Promise<string>((resolve, reject) => {
    const socket = connect(port, "127.0.0.1")
    const chunks: Array<Buffer> = []
    socket.on("data", (chunk) => chunks.push(chunk))
    socket.on("end", () => resolve(Buffer.concat(chunks).toString("latin1")))
    socket.on("error", reject)
    socket.write(
      [
        `${method} ${path} HTTP/1.1`,
        ...(host ? [`Host: 127.0.0.1:${port}`] : []),
        ...headers,
        "Connection: close",
        "",
        ""
      ].join("\r\n")
    )
  })

/** The answer with its Date header aside (the two servers may answer in different seconds). */
const dateless = (answer: string) => answer.replace(/\r\nDate: [^\r]*/, "")
const requestLines = (lines: ReadonlyArray<string>) => lines.filter((l) => l.includes('"event":"request"')).length
/** The last request line with its time and duration aside. */
export const lastRequestLine = (lines: ReadonlyArray<string>) => {
  const { time: _t, ms: _m, ...rest } = JSON.parse(lines.filter((l) => l.includes('"event":"request"')).at(-1)!)
  return rest
}

export const bearer = (token: string) => [`Authorization: Bearer ${token}`]

/** Our server's answer and the reference's: equal to the byte; `fast` when ours was sent before Hono. */
export const both = async (path: string, headers: ReadonlyArray<string>, method = "GET", host = true) => {
  const calls = honoCalls
  const lines = [requestLines(ourLines), requestLines(referenceLines)]
  const ours = await raw(ourPort, path, headers, method, host)
  const fast = honoCalls === calls
  const full = await raw(referencePort, path, headers, method, host)
  expect(dateless(ours)).toBe(dateless(full))
  // As many request lines on both (none for a request the adapter refuses before the app), the last ones alike;
  // other events (an update's, logged by the shared runtime) may land in between.
  expect(requestLines(ourLines) - lines[0]!).toBe(requestLines(referenceLines) - lines[1]!)
  if (requestLines(ourLines) > lines[0]!) expect(lastRequestLine(ourLines)).toEqual(lastRequestLine(referenceLines))
  const status = Number(ours.slice(9, 12))
  const body = Buffer.from(ours.slice(ours.indexOf("\r\n\r\n") + 4), "latin1").toString("utf8")
  return { status, body, fast }
}

/** Answers are kept on a store written by this process alone, never on a shared database (MongoDB). */
export const keeps = () => h.exclusiveStore

export const PORTRAIT = "/api/company/detail?id=C1"
