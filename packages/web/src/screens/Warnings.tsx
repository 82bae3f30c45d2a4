/** 到期预警: holdings of the customers in scope maturing inside the bank's warning window, soonest first. */
import { useState } from "react"
import { useLoad } from "../api.js"
import { CustomerLink, ListTable, Pager } from "../parts/ListTable.js"
import { Loaded, tenThousand } from "../parts/Status.js"

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
            <ListTable
              columns={[
                { title: "企业", cell: (h) => <CustomerLink name={h.companyName} open={() => open(h.companyId)} /> },
                { title: "产品", cell: (h) => h.productName ?? h.productCode },
                { title: "到期日", cell: (h) => day(h.expiryTime) },
                { title: "持有金额", numeric: true, cell: (h) => tenThousand(h.balance) },
                { title: "所属网点", cell: (h) => h.belongsToOutlet }
              ]}
              rows={companies}
              rowKey={(h) => `${h.companyId}-${h.productCode}-${h.expiryTime}`}
            />
            <Pager page={page} pages={Math.ceil(total / 20)} go={setPage} />
          </>
        )}
      </Loaded>
    </section>
  )
}
