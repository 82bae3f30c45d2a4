/**
 * 数据上传 (bank admin): upload a file of one type, see its row errors as a table, apply the type's right files,
 * and follow the update status.
 */
import { type components, unwrap } from "@wm/client"
import { type FormEvent, useState } from "react"
import { messageOf, useClient, useLoad } from "../api.js"
import { Loaded } from "../parts/Status.js"

type RowError = components["schemas"]["UploadRowError"]
type Counts = components["schemas"]["UploadCounts"]
const types = {
  organization: "机构",
  company: "企业客户",
  trade_flow: "交易流水",
  product: "本行产品",
  peer_product: "同业产品",
  holding: "持有产品",
  financial_trade: "理财交易",
  listed_company: "上市公司",
  shareholder: "股东"
} as const
type UploadType = keyof typeof types

interface Outcome {
  readonly rows: number
  readonly errorCount: number
  readonly errors: ReadonlyArray<RowError>
  readonly fileErrors: ReadonlyArray<string>
  readonly counts?: Counts
}

/** What applying the file would change: new and duplicate rows, or (snapshot types) new / changed / … rows. */
const countsText = (c: Counts) =>
  c.duplicate !== undefined
    ? `新增 ${c.new} 行，重复 ${c.duplicate} 行（已有数据，更新时跳过）`
    : `新增 ${c.new} 行，变更 ${c.changed ?? 0} 行，不变 ${c.unchanged ?? 0} 行，删除 ${c.removed ?? 0} 行`

export const Upload = () => {
  const client = useClient()
  const [type, setType] = useState<UploadType>("company")
  const [file, setFile] = useState<File>()
  const [outcome, setOutcome] = useState<Outcome>()
  const [message, setMessage] = useState<string>()
  const [status, reloadStatus] = useLoad((api) => api.get("/api/organ/status"), [])
  const [staged, reloadStaged] = useLoad((api) => api.get("/api/updatedatastatus/all"), [])

  const upload = async (event: FormEvent) => {
    event.preventDefault()
    if (file === undefined) return
    setMessage(undefined)
    const form = new FormData()
    form.set("type", type)
    form.set("file", file)
    const { data, error, response } = await client.raw.POST("/api/upload_update_data", {
      body: form as never,
      bodySerializer: (body: unknown) => body as FormData,
      parseAs: "text"
    })
    try {
      setOutcome(unwrap(data ?? error, response) as Outcome)
    } catch (e) {
      setMessage(messageOf(e))
    }
    reloadStaged()
  }

  const apply = async () => {
    setMessage(undefined)
    const row = staged.state === "done" ? staged.data.statusList.find((s) => s.type === type) : undefined
    try {
      const result = await client.post("/api/updatedatabutton", { type, ids: row?.uploadStatus.rightList ?? [] })
      setMessage(`已更新：数据版本 ${result.version}，${result.customers} 家客户，${result.transactions} 笔交易`)
    } catch (e) {
      setMessage(messageOf(e))
    }
    reloadStatus()
    reloadStaged()
  }

  return (
    <section aria-labelledby="upload-title">
      <h2 id="upload-title">数据上传</h2>
      <form onSubmit={upload} className="row">
        <label>
          数据类型
          <select value={type} onChange={(e) => setType(e.target.value as UploadType)}>
            {Object.entries(types).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="grow">
          文件 (CSV 或 XLSX)
          <input type="file" accept=".csv,.xlsx" onChange={(e) => setFile(e.target.files?.[0])} />
        </label>
        <button type="submit" disabled={file === undefined}>
          上传
        </button>
        <button type="button" onClick={apply}>
          更新数据
        </button>
      </form>
      {message && (
        <p role="status" className="notice">
          {message}
        </p>
      )}
      {outcome && <UploadOutcome outcome={outcome} />}
      <h3>更新状态</h3>
      <Loaded load={status}>
        {(s) => (
          <p>
            {s.status === 1 ? "正在更新…" : s.status === 2 ? "上次更新失败" : "空闲"} · 数据版本 {s.version} · 分析日期{" "}
            {s.analysisDate ?? "—"} {s.message && <span className="muted">({s.message})</span>}
          </p>
        )}
      </Loaded>
    </section>
  )
}

const UploadOutcome = ({ outcome }: { outcome: Outcome }) =>
  outcome.errorCount === 0 && outcome.fileErrors.length === 0 ? (
    <p role="status" className="notice">
      文件校验通过：{outcome.rows} 行{outcome.counts && `；与现有数据相比：${countsText(outcome.counts)}`}
    </p>
  ) : (
    <div role="alert" aria-label="校验错误">
      <p className="error">
        文件有 {outcome.errorCount + outcome.fileErrors.length} 处错误，未暂存{outcome.fileErrors.map((e) => `：${e}`)}
      </p>
      {outcome.errors.length > 0 && (
        <div className="table-wrap">
          <table aria-label="行错误">
            <thead>
              <tr>
                <th>行</th>
                <th>列</th>
                <th>值</th>
                <th>原因</th>
              </tr>
            </thead>
            <tbody>
              {outcome.errors.map((e) => (
                <tr key={`${e.row}-${e.column}`}>
                  <td>{e.row}</td>
                  <td>{e.column}</td>
                  <td>{e.value}</td>
                  <td>{e.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  )
