/** 客户搜索: customers in the caller's scope by code or name, or by the search form's preferences (搜索筛选). */
import { type FormEvent, useState } from "react"
import { useLoad } from "../api.js"
import { Loaded, money } from "../parts/Status.js"

type Query = { readonly keyword: string; readonly page: number }

export const Search = ({ open }: { open: (code: string) => void }) => {
  const [draft, setDraft] = useState("")
  const [query, setQuery] = useState<Query>({ keyword: "", page: 1 })
  const [found] = useLoad(
    (api) => api.get("/api/company/search", { query: { keyword: query.keyword, page: query.page, count: 10 } }),
    [query.keyword, query.page]
  )
  const submit = (event: FormEvent) => {
    event.preventDefault()
    setQuery({ keyword: draft.trim(), page: 1 })
  }

  return (
    <section aria-labelledby="search-title">
      <h2 id="search-title">客户搜索</h2>
      <form onSubmit={submit} className="row" aria-label="客户搜索">
        <label className="grow">
          企业编号或名称
          <input value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="输入编号或名称" />
        </label>
        <button type="submit">搜索</button>
      </form>
      <Loaded load={found}>
        {({ total, companies }) => (
          <>
            <p className="muted">共 {total} 家客户</p>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th>编号</th>
                    <th>企业名称</th>
                    <th>所属支行</th>
                    <th>所属网点</th>
                    <th className="num">月日均余额 (元)</th>
                    <th className="num">沉淀资金 (元)</th>
                  </tr>
                </thead>
                <tbody>
                  {companies.map((c) => (
                    <tr key={c.code}>
                      <td>{c.code}</td>
                      <td>
                        <button type="button" className="link" onClick={() => open(c.code)}>
                          {c.companyName}
                        </button>
                      </td>
                      <td>{c.belongsToBranch}</td>
                      <td>{c.belongsToOutlet}</td>
                      <td className="num">{money(c.monthBalance)}</td>
                      <td className="num">{money(c.idleFunds)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager page={query.page} pages={Math.ceil(total / 10)} go={(page) => setQuery({ ...query, page })} />
          </>
        )}
      </Loaded>
    </section>
  )
}

export const Pager = ({ page, pages, go }: { page: number; pages: number; go: (page: number) => void }) =>
  pages <= 1 ? null : (
    <nav className="row pager" aria-label="分页">
      <button type="button" disabled={page <= 1} onClick={() => go(page - 1)}>
        上一页
      </button>
      <span>
        第 {page} / {pages} 页
      </span>
      <button type="button" disabled={page >= pages} onClick={() => go(page + 1)}>
        下一页
      </button>
    </nav>
  )
