/** 企业画像: one customer at a glance — who, balances and flows, what to offer and why, what it holds. */

import { useLoad } from "../api.js"
import { MonthCharts } from "../parts/MonthCharts.js"
import { Loaded, money } from "../parts/Status.js"
import { StreamBlocks } from "../parts/StreamBlocks.js"
import { FocusToggle, MarketingRecords } from "./Marketing.js"

export const Portrait = ({ code }: { code: string }) => {
  const [portrait] = useLoad((api) => api.get("/api/company/detail", { query: { id: code } }), [code])
  return (
    <Loaded load={portrait}>
      {(p) => (
        <section aria-labelledby="portrait-title">
          <header className="card">
            <h2 id="portrait-title">{p.basicInfo.companyName}</h2>
            <dl className="facts">
              <dt>编号</dt>
              <dd>{p.basicInfo.code}</dd>
              <dt>所属</dt>
              <dd>
                {p.basicInfo.belongsToBranch} / {p.basicInfo.belongsToOutlet}
              </dd>
              <dt>联系人</dt>
              <dd>
                {p.basicInfo.linkman} {p.basicInfo.contact}
              </dd>
              <dt>沉淀资金</dt>
              <dd>{money(p.idleFunds)} 元</dd>
              <dt>企业分类</dt>
              <dd>{p.preference.category}</dd>
              <dt>分析日期</dt>
              <dd>{p.analysisDate ?? "—"}</dd>
            </dl>
          </header>
          <MonthCharts months={p.months} />
          <h3>交易画像</h3>
          <StreamBlocks
            blocks={[
              ["全部交易", p.allTradeStream],
              ["支出 (借)", p.borrowTradeStream],
              ["收入 (贷)", p.lendTradeStream]
            ]}
          />
          <h3>推荐产品</h3>
          {p.recommand.length === 0 ? (
            <p className="muted">暂无适合的在售产品</p>
          ) : (
            <ol className="recommendations" aria-label="推荐产品">
              {p.recommand.map((r) => (
                <li key={r.productCode} className="card">
                  <strong>{r.productName}</strong> <span className="badge">{r.riskLevel}</span>{" "}
                  <span className="muted">
                    {r.investmentPeriod} · 业绩基准 {r.interestRate}% · 匹配度 {r.score}
                  </span>
                  <ul className="reasons">
                    {r.reasons.map((reason, i) => (
                      // Reasons are texts that may repeat; their order is what identifies them.
                      // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list rendered once per answer
                      <li key={i}>{reason}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          )}
          <h3>持有产品</h3>
          {p.financialProduct.length === 0 ? (
            <p className="muted">当前无持有产品</p>
          ) : (
            <div className="table-wrap">
              <table aria-label="持有产品">
                <thead>
                  <tr>
                    <th>产品</th>
                    <th>期限</th>
                    <th>到期日</th>
                    <th>风险</th>
                    <th className="num">份额</th>
                  </tr>
                </thead>
                <tbody>
                  {p.financialProduct.map((h) => (
                    <tr key={`${h.productCode}-${h.deadline}`}>
                      <td>{h.productName ?? h.productCode}</td>
                      <td>{h.investmentPeriod}</td>
                      <td>{new Date(h.deadline).toLocaleDateString("zh-CN", { timeZone: "Asia/Shanghai" })}</td>
                      <td>{h.riskLevel}</td>
                      <td className="num">{h.share.toLocaleString("zh-CN")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <h3>热销产品 TOP5</h3>
          <ol className="plain-list">
            {p.top5Product.map((t) => (
              <li key={t.productCode}>
                {t.productName} <span className="muted">{t.riskLevel}</span>
              </li>
            ))}
          </ol>
          <FocusToggle code={p.basicInfo.code} />
          <MarketingRecords code={p.basicInfo.code} />
        </section>
      )}
    </Loaded>
  )
}
