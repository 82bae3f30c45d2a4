/** 到期预警: holdings of the customers in scope maturing inside the bank's warning window, soonest first. */
import { useState } from "react"
import { useLoad } from "../api.js"
import { Loaded, tenThousand } from "../parts/Status.js"
import { Pager } from "./Search.js"

const day = (ms: number) => new Date(ms).toLocaleDateString("zh-CN", { timeZone: "Asia/Shanghai" })

export const Warnings = ({ open }: { open: (code: string) => void }) => {
  const [page, setPage] = useState(1)
  const [list] = useLoad((api) => api.get("/api/company/recent_products", { query: { page, count: 20 } }), [page])
  return (
    <section aria-labelledby="warnings-title">
      <h2 id="warnings-title">理财到期预警</h2>
      <Loaded load={list}>
        {({ total, companies }) => (
          <>
            <p className="muted">预警窗口内共 {total} 笔持有即将到期</p>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th>企业</th>
                    <th>产品</th>
                    <th>到期日</th>
                    <th className="num">持有金额</th>
                    <th>所属网点</th>
                  </tr>
                </thead>
                <tbody>
                  {companies.map((h) => (
                    <tr key={`${h.companyId}-${h.productCode}-${h.expiryTime}`}>
                      <td>
                        <button type="button" className="link" onClick={() => open(h.companyId)}>
                          {h.companyName}
                        </button>
                      </td>
                      <td>{h.productName ?? h.productCode}</td>
                      <td>{day(h.expiryTime)}</td>
                      <td className="num">{tenThousand(h.balance)}</td>
                      <td>{h.belongsToOutlet}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager page={page} pages={Math.ceil(total / 20)} go={setPage} />
          </>
        )}
      </Loaded>
    </section>
  )
}
