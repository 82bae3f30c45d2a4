/** 客户搜索: customers in the caller's scope by code or name, or by the search form's preferences (搜索筛选). */
import { type FormEvent, useState } from "react"
import { useLoad } from "../api.js"
import { CustomerLink, ListTable, Pager } from "../parts/ListTable.js"
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
            <ListTable
              columns={[
                { title: "编号", cell: (c) => c.code },
                { title: "企业名称", cell: (c) => <CustomerLink name={c.companyName} open={() => open(c.code)} /> },
                { title: "所属支行", cell: (c) => c.belongsToBranch },
                { title: "所属网点", cell: (c) => c.belongsToOutlet },
                { title: "月日均余额 (元)", numeric: true, cell: (c) => money(c.monthBalance) },
                { title: "沉淀资金 (元)", numeric: true, cell: (c) => money(c.idleFunds) }
              ]}
              rows={companies}
              rowKey={(c) => c.code}
            />
            <Pager page={query.page} pages={Math.ceil(total / 10)} go={(page) => setQuery({ ...query, page })} />
          </>
        )}
      </Loaded>
    </section>
  )
}
