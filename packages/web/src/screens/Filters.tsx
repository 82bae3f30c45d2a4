/**
 * 搜索筛选: customers in scope by sub-branch/outlet, bought or not, and preference options (the search form of
 * /api/params); every field empty means "any".
 */
import type { components } from "@wm/client"
import { type FormEvent, useState } from "react"
import { useLoad } from "../api.js"
import { CustomerLink, ListTable, Pager } from "../parts/ListTable.js"
import { Loaded, money } from "../parts/Status.js"

type Options = components["schemas"]["PreferenceParams"]
type Choice = { readonly id: string; readonly name: string }

interface Form {
  readonly branchId: string
  readonly outletId: string
  readonly boughtFlag: "" | "0" | "1"
  readonly riskPreferences: string
  readonly categories: string
}
const empty: Form = { branchId: "", outletId: "", boughtFlag: "", riskPreferences: "", categories: "" }

const Select = (props: { label: string; value: string; choices: ReadonlyArray<Choice>; set: (v: string) => void }) => (
  <label>
    {props.label}
    <select value={props.value} onChange={(e) => props.set(e.target.value)}>
      <option value="">全部</option>
      {props.choices.map((c) => (
        <option key={c.id} value={c.id}>
          {c.name}
        </option>
      ))}
    </select>
  </label>
)

export const Filters = ({ open }: { open: (code: string) => void }) => {
  const [params] = useLoad((api) => api.get("/api/params"), [])
  const [draft, setDraft] = useState<Form>(empty)
  const [query, setQuery] = useState({ form: empty, page: 1 })
  const [found] = useLoad(
    (api) => api.post("/api/company/recommand", { ...query.form, page: query.page, count: 10 }),
    [query]
  )
  const submit = (event: FormEvent) => {
    event.preventDefault()
    setQuery({ form: draft, page: 1 })
  }
  const set = (patch: Partial<Form>) => setDraft({ ...draft, ...patch })

  return (
    <section aria-labelledby="filters-title">
      <h2 id="filters-title">搜索筛选</h2>
      <Loaded load={params}>
        {(p) => {
          const options: Options = draft.boughtFlag === "0" ? p.notBought : p.bought
          const outlets = p.branches.find((b) => b.id === draft.branchId)?.outlets ?? []
          return (
            <form onSubmit={submit} className="row" aria-label="筛选条件">
              <Select
                label="支行"
                value={draft.branchId}
                choices={p.branches}
                set={(v) => set({ branchId: v, outletId: "" })}
              />
              <Select label="网点" value={draft.outletId} choices={outlets} set={(v) => set({ outletId: v })} />
              <Select
                label="是否已购买"
                value={draft.boughtFlag}
                choices={[
                  { id: "1", name: "已购买" },
                  { id: "0", name: "未购买" }
                ]}
                set={(v) => set({ boughtFlag: v as Form["boughtFlag"] })}
              />
              <Select
                label="风险偏好"
                value={draft.riskPreferences}
                choices={options.riskPreferences}
                set={(v) => set({ riskPreferences: v })}
              />
              <Select
                label="企业分类"
                value={draft.categories}
                choices={options.categories}
                set={(v) => set({ categories: v })}
              />
              <button type="submit">筛选</button>
            </form>
          )
        }}
      </Loaded>
      <Loaded load={found}>
        {({ total, companies }) => (
          <>
            <p className="muted">共 {total} 家客户</p>
            <ListTable
              label="筛选结果"
              columns={[
                { title: "企业名称", cell: (c) => <CustomerLink name={c.companyName} open={() => open(c.code)} /> },
                { title: "风险偏好", cell: (c) => c.riskPreference },
                { title: "周期偏好", cell: (c) => c.cyclePreference },
                { title: "企业分类", cell: (c) => c.category },
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
