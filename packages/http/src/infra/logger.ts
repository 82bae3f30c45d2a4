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

export const makeLogger = (
  level: LogLevel,
  write: (line: string) => void = (l) => process.stdout.write(`${l}\n`)
): Logger => {
  const at =
    (lvl: Exclude<LogLevel, "silent">) =>
    (event: string, fields: Record<string, unknown> = {}) => {
      if (rank[lvl] >= rank[level])
        write(JSON.stringify({ time: new Date().toISOString(), level: lvl, event, ...fields }))
    }
  return { info: at("info"), warn: at("warn"), error: at("error") }
}

export const silentLogger: Logger = makeLogger("silent")
