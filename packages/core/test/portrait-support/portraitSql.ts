/**
 * DOMAIN.md §3 written as DuckDB SQL, independently of the TypeScript engine: set-based, with window functions
 * for end-of-day balances, their carry-forward intervals (lead) and the ranks, and an interval/month overlap
 * join for the daily averages. Money is read as DECIMAL(18,2) and summed
 * in integer fen (HUGEINT), so sums are exact. Integer series (balances, amounts, counts) take the exact
 * threshold test q²·(nΣx² − (Σx)²) < p²·(Σx)²; monthly averages use stddev_pop / |avg|.
 */

export interface SqlOptions {
  readonly analysisDate?: string
  readonly ourBankCodes: ReadonlyArray<string>
  /** Thresholds as decimal text, e.g. "0.2". */
  readonly low: string
  readonly medium: string
}

const literal = (s: string): string => `'${s.replaceAll("'", "''")}'`

/** p²/q² of a decimal written like "0.2", as SQL integer literals. */
const squaredFraction = (text: string): readonly [string, string] => {
  const [whole = "0", fraction = ""] = text.split(".")
  const p = BigInt(whole + fraction)
  const q = 10n ** BigInt(fraction.length)
  return [(p * p).toString(), (q * q).toString()]
}

export const portraitSql = (tradeCsv: string, companiesCsv: string, o: SqlOptions): Array<string> => {
  const [lowP2, lowQ2] = squaredFraction(o.low)
  const [medP2, medQ2] = squaredFraction(o.medium)
  const banks = ["''", ...o.ourBankCodes.map(literal)].join(", ")
  const d = o.analysisDate === undefined ? "(SELECT max(ts)::DATE FROM tx)" : `DATE ${literal(o.analysisDate)}`
  return [
    "SET preserve_insertion_order = true",
    `CREATE OR REPLACE TEMP TABLE co AS SELECT code AS c, outletCode AS outlet, branchCode AS branch
       FROM read_csv(${literal(companiesCsv)}, header = true, all_varchar = true)`,
    // rowid follows insertion order, i.e. the file's row order: the tie-break for equal trade times.
    `CREATE OR REPLACE TEMP TABLE tx AS SELECT companyCode AS c, tradeTime AS ts,
       CASE direction WHEN '借' THEN 'borrow' WHEN '贷' THEN 'lend' END AS dir,
       CAST(amount * 100 AS BIGINT) AS a, CAST(balance * 100 AS BIGINT) AS b,
       coalesce(counterpartyBank, '') IN (${banks}) AS inb
       FROM read_csv(${literal(tradeCsv)}, header = true, types = {'companyCode': 'VARCHAR', 'tradeTime': 'TIMESTAMP',
         'direction': 'VARCHAR', 'amount': 'DECIMAL(18,2)', 'balance': 'DECIMAL(18,2)', 'counterpartyBank': 'VARCHAR'})`,
    `CREATE OR REPLACE TEMP TABLE params AS SELECT dd AS dday, CAST(date_trunc('month', dd) - INTERVAL 11 MONTH AS DATE) AS ws,
       CAST(date_trunc('month', dd) AS DATE) AS dm FROM (SELECT ${d} AS dd)`,
    `CREATE OR REPLACE TEMP TABLE t AS SELECT tx.*, tx.rowid AS seq, ts::DATE AS day, CAST(date_trunc('month', ts) AS DATE) AS mon
       FROM tx, params WHERE ts::DATE <= dday`,
    "CREATE OR REPLACE TEMP VIEW w AS SELECT t.* FROM t, params WHERE day >= ws",
    `CREATE OR REPLACE TEMP VIEW wd AS SELECT c, 'all' AS d, mon, a, b, inb FROM w
       UNION ALL SELECT c, dir AS d, mon, a, b, inb FROM w`,
    `CREATE OR REPLACE TEMP MACRO deg_int(n, s, q) AS CASE WHEN s = 0 THEN '无'
       WHEN ${lowQ2} * (n * q - s * s) < ${lowP2} * s * s THEN '低'
       WHEN ${medQ2} * (n * q - s * s) < ${medP2} * s * s THEN '中' ELSE '高' END`,
    `CREATE OR REPLACE TEMP MACRO deg_dbl(sd, mean) AS CASE WHEN mean = 0 THEN '无'
       WHEN sd / abs(mean) < ${o.low} THEN '低' WHEN sd / abs(mean) < ${o.medium} THEN '中' ELSE '高' END`,
    `CREATE OR REPLACE TEMP TABLE hour AS SELECT c, d, 'hourBalance' AS fig, max(b)::DOUBLE AS mx, min(b)::DOUBLE AS mn,
       sum(b)::DOUBLE / count(*) AS avg, deg_int(count(*)::HUGEINT, sum(b::HUGEINT), sum(b::HUGEINT * b)) AS deg
       FROM wd GROUP BY c, d`,
    // End of day = the balance after the day's last transaction; it holds until the next such day (or D).
    `CREATE OR REPLACE TEMP TABLE eod AS SELECT c, day, b,
       coalesce(lead(day) OVER (PARTITION BY c ORDER BY day), dday + 1) AS until
       FROM (SELECT c, day, b FROM t QUALIFY row_number() OVER (PARTITION BY c, day ORDER BY ts DESC, seq DESC) = 1), params`,
    `CREATE OR REPLACE TEMP TABLE months AS SELECT CAST(m AS DATE) AS mon,
       least(CAST(m + INTERVAL 1 MONTH AS DATE), dday + 1) AS mend
       FROM params, (SELECT unnest(generate_series(ws::TIMESTAMP, dm::TIMESTAMP, INTERVAL 1 MONTH)) AS m FROM params)`,
    // Each month averages the days it shares with each end-of-day interval; days before any balance have none.
    `CREATE OR REPLACE TEMP TABLE mseries AS
       SELECT c, 'all' AS d, mon, sum(b * days)::DOUBLE / sum(days) AS x FROM (
         SELECT e.c, m.mon, e.b, least(e.until, m.mend) - greatest(e.day, m.mon) AS days
         FROM eod e JOIN months m ON e.day < m.mend AND e.until > m.mon) GROUP BY ALL
       UNION ALL SELECT c, dir AS d, mon, sum(b)::DOUBLE / count(*) AS x FROM w GROUP BY ALL`,
    `CREATE OR REPLACE TEMP TABLE month AS SELECT c, d, 'monthBalance' AS fig, max(x) AS mx, min(x) AS mn, avg(x) AS avg,
       deg_dbl(stddev_pop(x), avg(x)) AS deg FROM mseries GROUP BY c, d`,
    `CREATE OR REPLACE TEMP TABLE tgrid AS SELECT c, d, CAST(unnest(generate_series(greatest(fm, ws)::TIMESTAMP,
       dm::TIMESTAMP, INTERVAL 1 MONTH)) AS DATE) AS mon
       FROM (SELECT c, min(mon) AS fm FROM t GROUP BY c), params, (VALUES ('all'), ('borrow'), ('lend')) dirs(d)`,
    `CREATE OR REPLACE TEMP TABLE tmonths AS SELECT g.c, g.d, g.mon, coalesce(s.amt, 0) AS amt, coalesce(s.cnt, 0) AS cnt
       FROM tgrid g LEFT JOIN (SELECT c, d, mon, sum(a) AS amt, count(*) AS cnt FROM wd GROUP BY ALL) s USING (c, d, mon)`,
    `CREATE OR REPLACE TEMP TABLE trade AS SELECT c, d, 'trade' AS fig, max(amt)::DOUBLE AS mx, min(amt)::DOUBLE AS mn,
       sum(amt)::DOUBLE / count(*) AS avg, max(cnt)::DOUBLE AS qmx, min(cnt)::DOUBLE AS qmn, avg(cnt) AS qavg,
       deg_int(count(*)::HUGEINT, sum(amt::HUGEINT), sum(amt::HUGEINT * amt)) AS deg,
       deg_int(count(*)::HUGEINT, sum(cnt::HUGEINT), sum(cnt::HUGEINT * cnt)) AS qdeg FROM tmonths GROUP BY c, d`,
    `CREATE OR REPLACE TEMP TABLE figures AS SELECT f.*, CAST(rank() OVER bank AS INTEGER) AS rnk,
       CAST(rank() OVER (PARTITION BY fig, d, branch ORDER BY round(avg) DESC) AS INTEGER) AS branch_rank,
       CAST(rank() OVER (PARTITION BY fig, d, branch, outlet ORDER BY round(avg) DESC) AS INTEGER) AS outlet_rank,
       CAST(least(5, (rank() OVER bank - 1) * 5 // count(*) OVER (PARTITION BY fig, d) + 1) AS INTEGER) AS lvl
       FROM (SELECT * FROM hour UNION ALL BY NAME SELECT * FROM month UNION ALL BY NAME SELECT * FROM trade) f
       JOIN co USING (c) WINDOW bank AS (PARTITION BY fig, d ORDER BY round(avg) DESC)`,
    `CREATE OR REPLACE TEMP TABLE share AS SELECT c,
       coalesce(sum(a) FILTER (WHERE inb)::DOUBLE / nullif(sum(a), 0), 0) AS trade,
       coalesce(count(*) FILTER (WHERE inb)::DOUBLE / nullif(count(*), 0), 0) AS quantity,
       coalesce(sum(a) FILTER (WHERE inb AND dir = 'borrow')::DOUBLE / nullif(sum(a) FILTER (WHERE dir = 'borrow'), 0), 0) AS borrowTrade,
       coalesce(count(*) FILTER (WHERE inb AND dir = 'borrow')::DOUBLE / nullif(count(*) FILTER (WHERE dir = 'borrow'), 0), 0) AS borrowQuantity,
       coalesce(sum(a) FILTER (WHERE inb AND dir = 'lend')::DOUBLE / nullif(sum(a) FILTER (WHERE dir = 'lend'), 0), 0) AS lendTrade,
       coalesce(count(*) FILTER (WHERE inb AND dir = 'lend')::DOUBLE / nullif(count(*) FILTER (WHERE dir = 'lend'), 0), 0) AS lendQuantity
       FROM w GROUP BY c`,
    `CREATE OR REPLACE TEMP TABLE idle AS SELECT c, min(x) AS idle FROM mseries, params
       WHERE d = 'all' AND mon >= CAST(dm - INTERVAL 5 MONTH AS DATE) GROUP BY c`
  ]
}
