/** 重点关注: the caller's focus list, customers still in its scope, each opening its portrait. */
import { useState } from "react"
import { useLoad } from "../api.js"
import { CustomerLink, ListTable, Pager } from "../parts/ListTable.js"
import { Loaded, money } from "../parts/Status.js"

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
              <ListTable
                label="重点关注客户"
                columns={[
                  { title: "企业名称", cell: (c) => <CustomerLink name={c.companyName} open={() => open(c.code)} /> },
                  { title: "所属网点", cell: (c) => c.belongsToOutlet },
                  { title: "风险偏好", cell: (c) => c.riskPreference },
                  { title: "沉淀资金 (元)", numeric: true, cell: (c) => money(c.idleFunds) }
                ]}
                rows={result}
                rowKey={(c) => c.code}
              />
              <Pager page={page} pages={Math.ceil(total / 20)} go={setPage} />
            </>
          )
        }
      </Loaded>
    </section>
  )
}
