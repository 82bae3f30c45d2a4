/** 重点关注: the caller's focus list, customers still in its scope, each opening its portrait. */
import { useState } from "react"
import { useLoad } from "../api.js"
import { Loaded, money } from "../parts/Status.js"
import { Pager } from "./Search.js"

export const Focus = ({ open }: { open: (code: string) => void }) => {
  const [page, setPage] = useState(1)
  const [list] = useLoad((api) => api.get("/api/company/focus", { query: { page, count: 20 } }), [page])
  return (
    <section aria-labelledby="focus-title">
      <h2 id="focus-title">重点关注客户</h2>
      <Loaded load={list}>
        {({ total, result }) =>
          total === 0 ? (
            <p className="muted">还没有重点关注的客户：在客户画像中加入</p>
          ) : (
            <>
              <div className="table-wrap">
                <table aria-label="重点关注客户">
                  <thead>
                    <tr>
                      <th>企业名称</th>
                      <th>所属网点</th>
                      <th>风险偏好</th>
                      <th className="num">沉淀资金 (元)</th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.map((c) => (
                      <tr key={c.code}>
                        <td>
                          <button type="button" className="link" onClick={() => open(c.code)}>
                            {c.companyName}
                          </button>
                        </td>
                        <td>{c.belongsToOutlet}</td>
                        <td>{c.riskPreference}</td>
                        <td className="num">{money(c.idleFunds)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <Pager page={page} pages={Math.ceil(total / 20)} go={setPage} />
            </>
          )
        }
      </Loaded>
    </section>
  )
}
