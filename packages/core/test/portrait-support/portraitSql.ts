/**
 * DOMAIN.md §3 written as DuckDB SQL, independently of the TypeScript engine: set-based, with window functions
 * for the customer's summed balance (a running sum of per-account changes over the opening balances), the
 * end-of-day balances, their carry-forward intervals (lead) and the ranks, and an interval/month overlap join
 * for the daily averages.
 *
 * Every figure is exact: money is read as DECIMAL(18,2) and carried in integer fen (HUGEINT), a mean of
 * integers is rounded half away from zero by integer division, and the mean of monthly averages is summed over
 * their least common denominator. Integer series take the exact threshold test q²·(nΣx² − (Σx)²) < p²·(Σx)²;
 * monthly averages take stddev_pop / |avg| unless it lies within 1e-9 of a threshold, where the same exact
 * test runs on the averages scaled to their common denominator (an overflow there is a DuckDB error, not a
 * silent difference). Figures come out in fen, counts in hundredths and shares in ten-thousandths.
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
    `CREATE OR REPLACE TEMP TABLE tx AS SELECT companyCode AS c, accountNo AS acct, tradeTime AS ts,
       CASE direction WHEN '借' THEN 'borrow' WHEN '贷' THEN 'lend' END AS dir,
       CAST(amount * 100 AS BIGINT) AS a, CAST(balance * 100 AS BIGINT) AS ab,
       coalesce(counterpartyBank, '') IN (${banks}) AS inb
       FROM read_csv(${literal(tradeCsv)}, header = true, types = {'companyCode': 'VARCHAR', 'accountNo': 'VARCHAR',
         'tradeTime': 'TIMESTAMP', 'direction': 'VARCHAR', 'amount': 'DECIMAL(18,2)', 'balance': 'DECIMAL(18,2)',
         'counterpartyBank': 'VARCHAR'})`,
    `CREATE OR REPLACE TEMP TABLE params AS SELECT dd AS dday, CAST(date_trunc('month', dd) - INTERVAL 11 MONTH AS DATE) AS ws,
       CAST(date_trunc('month', dd) AS DATE) AS dm FROM (SELECT ${d} AS dd)`,
    `CREATE OR REPLACE TEMP TABLE t0 AS SELECT tx.*, tx.rowid AS seq, ts::DATE AS day, CAST(date_trunc('month', ts) AS DATE) AS mon
       FROM tx, params WHERE ts::DATE <= dday`,
    // An account's opening balance undoes its first transaction; the customer starts from their sum.
    // Every account of the data counts, also one first seen after D: its opening balance is what it held at D.
    `CREATE OR REPLACE TEMP TABLE opening AS SELECT c, acct, CASE dir WHEN 'lend' THEN ab - a ELSE ab + a END AS ob
       FROM (SELECT tx.*, tx.rowid AS seq FROM tx) QUALIFY row_number() OVER (PARTITION BY c, acct ORDER BY ts, seq) = 1`,
    // b = the customer's balance after the row: openings + every change of an account's balance so far.
    `CREATE OR REPLACE TEMP TABLE t AS SELECT r.c, r.ts, r.dir, r.a, r.inb, r.seq, r.day, r.mon,
       CAST(s.total + sum(r.ab - coalesce(r.prev, o.ob)) OVER (PARTITION BY r.c ORDER BY r.ts, r.seq
         ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS HUGEINT) AS b
       FROM (SELECT t0.*, lag(ab) OVER (PARTITION BY c, acct ORDER BY ts, seq) AS prev FROM t0) r
       JOIN opening o USING (c, acct) JOIN (SELECT c, sum(ob) AS total FROM opening GROUP BY c) s USING (c)`,
    "CREATE OR REPLACE TEMP VIEW w AS SELECT t.* FROM t, params WHERE day >= ws",
    `CREATE OR REPLACE TEMP VIEW wd AS SELECT c, 'all' AS d, mon, a, b, inb FROM w
       UNION ALL SELECT c, dir AS d, mon, a, b, inb FROM w`,
    // round(s / n) half away from zero, exactly, for integers s and n > 0.
    `CREATE OR REPLACE TEMP MACRO rnd(s, n) AS CASE WHEN s >= 0 THEN (2 * s + n) // (2 * n)
       ELSE -((2 * (-s) + n) // (2 * n)) END`,
    `CREATE OR REPLACE TEMP MACRO deg_int(n, s, q) AS CASE WHEN s = 0 THEN '无'
       WHEN ${lowQ2} * (n * q - s * s) < ${lowP2} * s * s THEN '低'
       WHEN ${medQ2} * (n * q - s * s) < ${medP2} * s * s THEN '中' ELSE '高' END`,
    `CREATE OR REPLACE TEMP MACRO deg_dbl(cv) AS CASE WHEN cv < ${o.low} THEN '低' WHEN cv < ${o.medium} THEN '中' ELSE '高' END`,
    `CREATE OR REPLACE TEMP TABLE hour AS SELECT c, d, 'hourBalance' AS fig, max(b)::DOUBLE AS mx, min(b)::DOUBLE AS mn,
       rnd(sum(b), count(*))::DOUBLE AS avg, deg_int(count(*)::HUGEINT, sum(b), sum(b * b)) AS deg
       FROM wd GROUP BY c, d`,
    // End of day = the balance after the day's last transaction; it holds until the next such day (or D).
    `CREATE OR REPLACE TEMP TABLE eod AS SELECT c, day, b,
       coalesce(lead(day) OVER (PARTITION BY c ORDER BY day), dday + 1) AS until
       FROM (SELECT c, day, b FROM t QUALIFY row_number() OVER (PARTITION BY c, day ORDER BY ts DESC, seq DESC) = 1), params`,
    `CREATE OR REPLACE TEMP TABLE months AS SELECT CAST(m AS DATE) AS mon,
       least(CAST(m + INTERVAL 1 MONTH AS DATE), dday + 1) AS mend
       FROM params, (SELECT unnest(generate_series(ws::TIMESTAMP, dm::TIMESTAMP, INTERVAL 1 MONTH)) AS m FROM params)`,
    // Each month's average as s / n: the days it shares with each end-of-day interval (days before any balance
    // have none), or that direction's time-point balances.
    `CREATE OR REPLACE TEMP TABLE mseries AS
       SELECT c, 'all' AS d, mon, sum(b * days) AS s, sum(days)::HUGEINT AS n FROM (
         SELECT e.c, m.mon, e.b, least(e.until, m.mend) - greatest(e.day, m.mon) AS days
         FROM eod e JOIN months m ON e.day < m.mend AND e.until > m.mon) GROUP BY ALL
       UNION ALL SELECT c, dir AS d, mon, sum(b) AS s, count(*)::HUGEINT AS n FROM w GROUP BY ALL`,
    `CREATE OR REPLACE TEMP TABLE mstats AS SELECT c, d, count(*)::HUGEINT AS m,
       list_reduce(list(n), (x, y) -> lcm(x, y)) AS l, max(rnd(s, n))::DOUBLE AS mx, min(rnd(s, n))::DOUBLE AS mn,
       stddev_pop(s::DOUBLE / n::DOUBLE) / abs(avg(s::DOUBLE / n::DOUBLE)) AS cv FROM mseries GROUP BY c, d`,
    `CREATE OR REPLACE TEMP TABLE mscaled AS SELECT ms.c, ms.d, ms.s * (st.l // ms.n) AS y
       FROM mseries ms JOIN mstats st USING (c, d)`,
    `CREATE OR REPLACE TEMP TABLE msum AS SELECT c, d, sum(y) AS sy FROM mscaled GROUP BY c, d`,
    `CREATE OR REPLACE TEMP TABLE mexact AS SELECT c, d, deg_int(any_value(m), sum(y), sum(y * y)) AS deg
       FROM mscaled JOIN mstats USING (c, d) JOIN msum USING (c, d)
       WHERE sy <> 0 AND (abs(cv - ${o.low}) < 1e-9 OR abs(cv - ${o.medium}) < 1e-9) GROUP BY c, d`,
    `CREATE OR REPLACE TEMP TABLE month AS SELECT st.c, st.d, 'monthBalance' AS fig, st.mx, st.mn,
       rnd(ms.sy, st.m * st.l)::DOUBLE AS avg,
       CASE WHEN ms.sy = 0 THEN '无' ELSE coalesce(ex.deg, deg_dbl(st.cv)) END AS deg
       FROM mstats st JOIN msum ms USING (c, d) LEFT JOIN mexact ex USING (c, d)`,
    `CREATE OR REPLACE TEMP TABLE tgrid AS SELECT c, d, CAST(unnest(generate_series(greatest(fm, ws)::TIMESTAMP,
       dm::TIMESTAMP, INTERVAL 1 MONTH)) AS DATE) AS mon
       FROM (SELECT c, min(mon) AS fm FROM t GROUP BY c), params, (VALUES ('all'), ('borrow'), ('lend')) dirs(d)`,
    `CREATE OR REPLACE TEMP TABLE tmonths AS SELECT g.c, g.d, g.mon, coalesce(s.amt, 0)::HUGEINT AS amt,
       coalesce(s.cnt, 0)::HUGEINT AS cnt
       FROM tgrid g LEFT JOIN (SELECT c, d, mon, sum(a) AS amt, count(*) AS cnt FROM wd GROUP BY ALL) s USING (c, d, mon)`,
    `CREATE OR REPLACE TEMP TABLE trade AS SELECT c, d, 'trade' AS fig, max(amt)::DOUBLE AS mx, min(amt)::DOUBLE AS mn,
       rnd(sum(amt), count(*))::DOUBLE AS avg, max(cnt)::DOUBLE AS qmx, min(cnt)::DOUBLE AS qmn,
       rnd(100 * sum(cnt), count(*))::DOUBLE AS qavg,
       deg_int(count(*)::HUGEINT, sum(amt), sum(amt * amt)) AS deg,
       deg_int(count(*)::HUGEINT, sum(cnt), sum(cnt * cnt)) AS qdeg FROM tmonths GROUP BY c, d`,
    // Ranks compare the shown (rounded) averages, which avg already is.
    `CREATE OR REPLACE TEMP TABLE figures AS SELECT f.*, CAST(rank() OVER bank AS INTEGER) AS rnk,
       CAST(rank() OVER (PARTITION BY fig, d, branch ORDER BY avg DESC) AS INTEGER) AS branch_rank,
       CAST(rank() OVER (PARTITION BY fig, d, branch, outlet ORDER BY avg DESC) AS INTEGER) AS outlet_rank,
       CAST(least(5, (rank() OVER bank - 1) * 5 // count(*) OVER (PARTITION BY fig, d) + 1) AS INTEGER) AS lvl
       FROM (SELECT * FROM hour UNION ALL BY NAME SELECT * FROM month UNION ALL BY NAME SELECT * FROM trade) f
       JOIN co USING (c) WINDOW bank AS (PARTITION BY fig, d ORDER BY avg DESC)`,
    `CREATE OR REPLACE TEMP MACRO share(part, whole) AS coalesce(rnd(10000 * part::HUGEINT, nullif(whole, 0)), 0)::DOUBLE`,
    `CREATE OR REPLACE TEMP TABLE share AS SELECT c,
       share(sum(a) FILTER (WHERE inb), sum(a)) AS trade,
       share(count(*) FILTER (WHERE inb), count(*)) AS quantity,
       share(sum(a) FILTER (WHERE inb AND dir = 'borrow'), sum(a) FILTER (WHERE dir = 'borrow')) AS borrowTrade,
       share(count(*) FILTER (WHERE inb AND dir = 'borrow'), count(*) FILTER (WHERE dir = 'borrow')) AS borrowQuantity,
       share(sum(a) FILTER (WHERE inb AND dir = 'lend'), sum(a) FILTER (WHERE dir = 'lend')) AS lendTrade,
       share(count(*) FILTER (WHERE inb AND dir = 'lend'), count(*) FILTER (WHERE dir = 'lend')) AS lendQuantity
       FROM w GROUP BY c`,
    `CREATE OR REPLACE TEMP TABLE idle AS SELECT c, min(rnd(s, n))::DOUBLE AS idle FROM mseries, params
       WHERE d = 'all' AND mon >= CAST(dm - INTERVAL 5 MONTH AS DATE) GROUP BY c`
  ]
}
