/**
 * Structured JSON-lines logs. Callers pass fields explicitly; request bodies, query strings,
 * cookies and authorization headers are never handed to the logger, so secrets cannot leak through it.
 */
export type LogLevel = "debug" | "info" | "warn" | "error" | "silent"

export interface Logger {
  readonly info: (event: string, fields?: Record<string, unknown>) => void
  readonly warn: (event: string, fields?: Record<string, unknown>) => void
  readonly error: (event: string, fields?: Record<string, unknown>) => void
}

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 }

/**
 * Standard output, lines of up to FLUSH_MS written together (sooner past FLUSH_BYTES): a write to a pipe is a
 * blocking system call on Linux, and one per turn of the event loop was still a third of a busy server's time.
 * Flushed at exit, uncaught errors included; a killed process loses at most the last FLUSH_MS of lines.
 * Only request lines wait: any other event (start, store, update, failure) goes out at once with what is pending
 * before it, so an operator or a supervisor that reads the log sees it when it happens, in order.
 */
const FLUSH_MS = 20
const FLUSH_BYTES = 64 * 1024

const batchedStdout = () => {
  let pending: Array<string> = []
  let bytes = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    if (pending.length === 0) return
    const text = pending.join("")
    pending = []
    bytes = 0
    process.stdout.write(text)
  }
  process.on("exit", flush)
  return (line: string, urgent = true) => {
    pending.push(`${line}\n`)
    bytes += line.length + 1
    if (urgent || bytes >= FLUSH_BYTES) flush()
    else if (timer === undefined) timer = setTimeout(flush, FLUSH_MS).unref()
  }
}

/** The time of a line: one ISO string per millisecond, however many lines are written in it. */
let isoAt = -1
let iso = ""
const timeNow = () => {
  const now = Date.now()
  if (now !== isoAt) {
    isoAt = now
    iso = new Date(now).toISOString()
  }
  return iso
}

/** JSON strings of the methods and paths request lines name: a few, written thousands of times a second. */
const quoted = new Map<string, string>()
const quote = (text: string) => {
  let json = quoted.get(text)
  if (json !== undefined) return json
  json = JSON.stringify(text)
  // Any path may come: only short ones are kept, and at most 1024 of them.
  if (text.length <= 200) {
    if (quoted.size >= 1024) quoted.clear()
    quoted.set(text, json)
  }
  return json
}

type RequestLine = (method: string, path: string, status: number, ms: number, userId: number | undefined) => void

/** The request line of each logger made here, formatted directly: the line JSON.stringify gives, at a busy server's rate. */
const requestLines = new WeakMap<Logger, RequestLine>()

export const makeLogger = (
  level: LogLevel,
  write: (line: string, urgent: boolean) => void = batchedStdout()
): Logger => {
  const at =
    (lvl: Exclude<LogLevel, "silent">) =>
    (event: string, fields: Record<string, unknown> = {}) => {
      if (rank[lvl] >= rank[level])
        write(JSON.stringify({ time: timeNow(), level: lvl, event, ...fields }), event !== "request")
    }
  const logger: Logger = { info: at("info"), warn: at("warn"), error: at("error") }
  const on = rank.info >= rank[level]
  requestLines.set(logger, (method, path, status, ms, userId) => {
    if (!on) return
    const who = userId === undefined ? "" : `,"userId":${userId}`
    const fields = `"method":${quote(method)},"path":${quote(path)},"status":${status},"ms":${ms}${who}`
    write(`{"time":"${timeNow()}","level":"info","event":"request",${fields}}`, false)
  })
  return logger
}

export const silentLogger: Logger = makeLogger("silent")

/** The line every answered request writes: the Hono path's and the Node entry's kept answers' alike. */
export const logRequest = (
  logger: Logger,
  method: string,
  path: string,
  status: number,
  started: number,
  userId: number | undefined
) => {
  const ms = Math.round((performance.now() - started) * 10) / 10
  const line = requestLines.get(logger)
  if (line !== undefined) line(method, path, status, ms, userId)
  else logger.info("request", { method, path, status, ms, userId })
}
