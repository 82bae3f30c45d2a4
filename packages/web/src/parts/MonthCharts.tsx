/** The portrait's 12 window months as charts: month-average balance, and debit/credit amounts per month. */
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis
} from "recharts"

export interface MonthRow {
  readonly month: string
  readonly avgBalance: number | null
  readonly borrowAmount: number
  readonly borrowCount: number
  readonly lendAmount: number
  readonly lendCount: number
}

const wan = (yuan: number) => Math.round(yuan / 100) / 100

export const MonthCharts = ({ months }: { months: ReadonlyArray<MonthRow> }) => {
  const rows = months.map((m) => ({
    month: m.month.slice(2),
    balance: m.avgBalance === null ? null : wan(m.avgBalance),
    out: wan(m.borrowAmount),
    in: wan(m.lendAmount)
  }))
  return (
    <div className="charts">
      <figure aria-label="月日均余额走势">
        <figcaption>月日均余额 (万元)</figcaption>
        <ResponsiveContainer width="100%" height={220}>
          <LineChart data={rows} margin={{ left: 4, right: 12, top: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="month" fontSize={12} />
            <YAxis fontSize={12} width={56} />
            <Tooltip />
            <Line
              type="monotone"
              dataKey="balance"
              name="月日均余额"
              stroke="#b8860b"
              dot={false}
              connectNulls
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </figure>
      <figure aria-label="每月收支金额">
        <figcaption>每月支出 / 收入 (万元)</figcaption>
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={rows} margin={{ left: 4, right: 12, top: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="month" fontSize={12} />
            <YAxis fontSize={12} width={56} />
            <Tooltip />
            <Legend />
            <Bar dataKey="out" name="支出 (借)" fill="#c0392b" isAnimationActive={false} />
            <Bar dataKey="in" name="收入 (贷)" fill="#2e86c1" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </figure>
    </div>
  )
}
