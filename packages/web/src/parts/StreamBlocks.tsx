/**
 * The three trade-stream blocks (全部 / 借 / 贷) read as words: each figure's level (1 = the bank's top fifth),
 * its fluctuation and ranks, instead of bare [max, min, avg] triples.
 */
import type { components } from "@wm/client"
import { money } from "./Status.js"

type Stream = components["schemas"]["TradeStream"]
type Balance = components["schemas"]["BalanceFigure"]
type Trade = components["schemas"]["TradeFigure"]

const levelWords = ["", "很高 (前20%)", "较高", "中等", "较低", "很低 (后20%)"]
export const levelWord = (level: number) => levelWords[level] ?? "—"

const BalanceLine = ({ label, figure }: { label: string; figure: Balance | null }) =>
  figure === null ? (
    <li>{label}：无数据</li>
  ) : (
    <li>
      {label}：平均 {money(figure.balance[2])} 元，水平<strong>{levelWord(figure.level)}</strong>，波动
      {figure.fluctuationDegree}；全行第 {figure.rank} 名，支行第 {figure.branchRank} 名，网点第 {figure.outletRank} 名
    </li>
  )

const TradeLine = ({ figure }: { figure: Trade | null }) =>
  figure === null ? (
    <li>交易：无数据</li>
  ) : (
    <li>
      交易：月均 {money(figure.amount[2])} 元 / {figure.quantity[2]} 笔，水平<strong>{levelWord(figure.level)}</strong>
      ，金额波动{figure.amountFluctuationDegree}，笔数波动{figure.quantityFluctuationDegree}；全行第 {figure.rank} 名
    </li>
  )

export const StreamBlocks = ({ blocks }: { blocks: ReadonlyArray<readonly [string, Stream]> }) => (
  <div className="grid3">
    {blocks.map(([title, stream]) => (
      <article key={title} className="card" aria-label={title}>
        <h4>{title}</h4>
        <ul className="plain">
          <BalanceLine label="时点余额" figure={stream.hourBalance} />
          <BalanceLine label="月日均余额" figure={stream.monthBalance} />
          <TradeLine figure={stream.trade} />
        </ul>
      </article>
    ))}
  </div>
)
