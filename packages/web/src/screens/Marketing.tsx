/**
 * 营销记录 of one customer (on its portrait): the list, newest first, and add / edit / delete for the author or an
 * admin of the scope (the server decides; its refusal is shown). Also the focus-list toggle (重点关注).
 */
import type { components } from "@wm/client"
import { type FormEvent, useState } from "react"
import { messageOf, useClient, useLoad } from "../api.js"
import { Loaded } from "../parts/Status.js"

type Record = components["schemas"]["MarketingRecord"]

/** DOMAIN §7 营销情况. */
export const marketingTypes = ["电话营销", "上门拜访", "线上触达", "有购买意向", "已成交", "无意向"] as const

const now = () => {
  const d = new Date(Date.now() + 8 * 3_600_000)
  return d.toISOString().slice(0, 16)
}
/** A datetime-local value (bank time) as the API's `YYYY-MM-DD HH:mm:ss`. */
const apiTime = (local: string) => `${local.replace("T", " ")}:00`

type MarketingType = 0 | 1 | 2 | 3 | 4 | 5

interface Draft {
  readonly type: MarketingType
  readonly remark: string
  readonly createTime: string
}

const RecordForm = (props: {
  initial: Draft
  label: string
  submit: (d: Draft) => Promise<void>
  cancel?: () => void
}) => {
  const [draft, setDraft] = useState(props.initial)
  const [error, setError] = useState<string>()
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setError(undefined)
    try {
      await props.submit(draft)
    } catch (e) {
      setError(messageOf(e))
    }
  }
  return (
    <form onSubmit={submit} className="row" aria-label={props.label}>
      <label>
        营销情况
        <select
          value={draft.type}
          onChange={(e) => setDraft({ ...draft, type: Number(e.target.value) as MarketingType })}
        >
          {marketingTypes.map((name, type) => (
            <option key={name} value={type}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label>
        营销时间
        <input
          type="datetime-local"
          value={draft.createTime}
          onChange={(e) => setDraft({ ...draft, createTime: e.target.value })}
          required
        />
      </label>
      <label className="grow">
        详细
        <input value={draft.remark} maxLength={500} onChange={(e) => setDraft({ ...draft, remark: e.target.value })} />
      </label>
      <button type="submit">保存</button>
      {props.cancel && (
        <button type="button" onClick={props.cancel}>
          取消
        </button>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}

export const MarketingRecords = ({ code }: { code: string }) => {
  const client = useClient()
  const [records, reload] = useLoad(
    (api) => api.get("/api/company/marketing", { query: { code, page: 1, count: 50 } }),
    [code]
  )
  const [editing, setEditing] = useState<string>()
  const [message, setMessage] = useState<string>()

  const add = async (d: Draft) => {
    await client.post("/api/company/marketing", {
      code,
      type: d.type,
      remark: d.remark,
      createTime: apiTime(d.createTime)
    })
    setMessage("已添加营销记录")
    reload()
  }
  const edit = (r: Record) => async (d: Draft) => {
    await client.put("/api/company/marketing", {
      id: r.id,
      type: d.type,
      remark: d.remark,
      createTime: apiTime(d.createTime)
    })
    setEditing(undefined)
    reload()
  }
  const remove = async (r: Record) => {
    if (!window.confirm("删除这条营销记录？")) return
    try {
      await client.delete("/api/company/marketing", { id: r.id })
      reload()
    } catch (e) {
      setMessage(messageOf(e))
    }
  }

  return (
    <section aria-labelledby="marketing-title">
      <h3 id="marketing-title">营销记录</h3>
      <RecordForm label="添加营销记录" initial={{ type: 0, remark: "", createTime: now() }} submit={add} />
      {message && (
        <p role="status" className="notice">
          {message}
        </p>
      )}
      <Loaded load={records}>
        {({ total, result }) =>
          total === 0 ? (
            <p className="muted">暂无营销记录</p>
          ) : (
            <ul className="plain" aria-label="营销记录列表">
              {result.map((r) => (
                <li key={r.id} className="card">
                  {editing === r.id ? (
                    <RecordForm
                      label="编辑营销记录"
                      initial={{
                        type: r.type as MarketingType,
                        remark: r.remark,
                        createTime: r.createTime.slice(0, 16).replace(" ", "T")
                      }}
                      submit={edit(r)}
                      cancel={() => setEditing(undefined)}
                    />
                  ) : (
                    <>
                      <strong>{marketingTypes[r.type] ?? r.type}</strong>{" "}
                      <span className="muted">
                        {r.createTime} · {r.name}
                      </span>
                      <p>{r.remark}</p>
                      <button type="button" onClick={() => setEditing(r.id)} aria-label={`编辑 ${r.createTime} 的记录`}>
                        编辑
                      </button>{" "}
                      <button type="button" onClick={() => remove(r)} aria-label={`删除 ${r.createTime} 的记录`}>
                        删除
                      </button>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  )
}

/** 重点关注: adds or removes the customer on the caller's focus list. */
export const FocusToggle = ({ code }: { code: string }) => {
  const client = useClient()
  const [focused, setFocused] = useState<boolean>()
  const toggle = async (on: boolean) => {
    const answer = await client.post("/api/company/focus", { code, type: on ? 1 : 0 })
    setFocused(answer.focused)
  }
  return (
    <p className="row">
      <button type="button" onClick={() => toggle(true)}>
        加入重点关注
      </button>
      <button type="button" onClick={() => toggle(false)}>
        取消关注
      </button>
      {focused !== undefined && <span role="status">{focused ? "已在重点关注列表" : "已移出重点关注列表"}</span>}
    </p>
  )
}
