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
 * Standard output, lines of one turn of the event loop written together: a write to a pipe is a blocking
 * system call on Linux, and one per request was a tenth of a busy server's time. Flushed at exit.
 */
const batchedStdout = () => {
  let pending: Array<string> = []
  const flush = () => {
    if (pending.length === 0) return
    const text = pending.join("")
    pending = []
    process.stdout.write(text)
  }
  process.on("exit", flush)
  return (line: string) => {
    if (pending.push(`${line}\n`) === 1) setImmediate(flush)
  }
}

export const makeLogger = (level: LogLevel, write: (line: string) => void = batchedStdout()): Logger => {
  const at =
    (lvl: Exclude<LogLevel, "silent">) =>
    (event: string, fields: Record<string, unknown> = {}) => {
      if (rank[lvl] >= rank[level])
        write(JSON.stringify({ time: new Date().toISOString(), level: lvl, event, ...fields }))
    }
  return { info: at("info"), warn: at("warn"), error: at("error") }
}

export const silentLogger: Logger = makeLogger("silent")
