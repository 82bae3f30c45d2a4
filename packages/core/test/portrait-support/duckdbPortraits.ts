/**
 * Runs the §3 SQL in an in-memory DuckDB and hands back its figures, keyed for comparison.
 */
import { DuckDBInstance } from "@duckdb/node-api"
import { portraitSql } from "./portraitSql.js"

/** Money in whole fen, rounded as shown; qavg in hundredths. */
export interface DuckFigure {
  readonly mx: number
  readonly mn: number
  readonly avg: number
  readonly deg: string
  readonly qmx: number | null
  readonly qmn: number | null
  readonly qavg: number | null
  readonly qdeg: string | null
  readonly rnk: number
  readonly branch_rank: number
  readonly outlet_rank: number
  readonly lvl: number
}

/** In ten-thousandths (0–10,000). */
export interface DuckShare {
  readonly trade: number
  readonly quantity: number
  readonly borrowTrade: number
  readonly borrowQuantity: number
  readonly lendTrade: number
  readonly lendQuantity: number
}

export interface DuckPortraits {
  readonly analysisDate: string
  readonly windowFirst: string
  /** Key `${code}|${d}|${figure}`, d ∈ all/borrow/lend, figure ∈ hourBalance/monthBalance/trade. */
  readonly figures: ReadonlyMap<string, DuckFigure>
  readonly shares: ReadonlyMap<string, DuckShare>
  /** Idle funds in fen. */
  readonly idle: ReadonlyMap<string, number>
  readonly ms: number
}

export interface DuckOptions {
  readonly analysisDate?: string
  readonly ourBankCodes: ReadonlyArray<string>
  readonly low?: string
  readonly medium?: string
}

export const duckdbPortraits = async (
  tradeCsv: string,
  companiesCsv: string,
  options: DuckOptions
): Promise<DuckPortraits> => {
  const started = performance.now()
  const instance = await DuckDBInstance.create(":memory:")
  const db = await instance.connect()
  try {
    const statements = portraitSql(tradeCsv, companiesCsv, {
      ...options,
      low: options.low ?? "0.2",
      medium: options.medium ?? "0.5"
    })
    for (const sql of statements) await db.run(sql)
    const rows = async <A>(sql: string): Promise<Array<A>> =>
      (await db.runAndReadAll(sql)).getRowObjectsJS() as unknown as Array<A>
    const [window] = await rows<{ dday: string; ws: string }>(
      "SELECT dday::VARCHAR AS dday, ws::VARCHAR AS ws FROM params"
    )
    const figures = await rows<DuckFigure & { c: string; d: string; fig: string }>("SELECT * FROM figures")
    const shares = await rows<DuckShare & { c: string }>("SELECT * FROM share")
    const idle = await rows<{ c: string; idle: number }>("SELECT * FROM idle")
    return {
      analysisDate: window!.dday,
      windowFirst: window!.ws,
      figures: new Map(figures.map((f) => [`${f.c}|${f.d}|${f.fig}`, f])),
      shares: new Map(shares.map((s) => [s.c, s])),
      idle: new Map(idle.map((r) => [r.c, r.idle])),
      ms: performance.now() - started
    }
  } finally {
    db.closeSync()
    instance.closeSync()
  }
}
