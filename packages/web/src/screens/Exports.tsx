/**
 * 下载数据: queue an export of a whole list (the server writes it in the background), follow the caller's tasks,
 * and download a finished file.
 */
import { useState } from "react"
import { messageOf, useClient, useLoad } from "../api.js"
import { Loaded } from "../parts/Status.js"

/** An export type as the document numbers them (1–22). */
type ExportType = number

/** The export types a manager starts from here, with the list parameters they take (none: the whole scope). */
const types: ReadonlyArray<readonly [ExportType, string]> = [
  [1, "已购买价值客户"],
  [2, "未购买潜力客户"],
  [4, "理财到期预警"],
  [5, "持有产品查询"],
  [11, "历史购买产品统计"],
  [12, "转化率统计"],
  [16, "转化率统计-导出本月新增"],
  [17, "转化率统计-导出本年新增"],
  [18, "搜索客户"],
  [19, "营销按月"],
  [20, "营销按年"],
  [14, "未登录详情"],
  [21, "登录详情"],
  [22, "审计日志"]
]

const states: Record<string, string> = { queued: "排队中", running: "生成中", done: "已完成", failed: "失败" }

export const Exports = () => {
  const client = useClient()
  const [type, setType] = useState<ExportType>(1)
  const [message, setMessage] = useState<string>()
  const [tasks, reload] = useLoad(
    (api) => api.get("/api/download/download_list", { query: { page: 1, count: 20 } }),
    []
  )

  const create = async () => {
    setMessage(undefined)
    try {
      await client.post("/api/download/create_download", { type, info: {} })
      setMessage("已创建导出任务，生成后可下载")
    } catch (e) {
      setMessage(messageOf(e))
    }
    reload()
  }
  const download = async (taskId: string, filename: string) => {
    try {
      const blob = await client.file("/api/download/get_download", { query: { taskId } })
      const url = URL.createObjectURL(blob)
      const link = document.createElement("a")
      link.href = url
      link.download = filename
      link.click()
      URL.revokeObjectURL(url)
    } catch (e) {
      setMessage(messageOf(e))
    }
  }

  return (
    <section aria-labelledby="exports-title">
      <h2 id="exports-title">下载数据</h2>
      <div className="row">
        <label>
          导出内容
          <select value={type} onChange={(e) => setType(Number(e.target.value) as ExportType)}>
            {types.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={create}>
          创建导出
        </button>
        <button type="button" onClick={reload}>
          刷新
        </button>
      </div>
      {message && (
        <p role="status" className="notice">
          {message}
        </p>
      )}
      <Loaded load={tasks}>
        {({ downloadList }) => (
          <div className="table-wrap">
            <table aria-label="导出任务">
              <thead>
                <tr>
                  <th>内容</th>
                  <th>创建时间</th>
                  <th>状态</th>
                  <th className="num">行数</th>
                  <th>文件</th>
                </tr>
              </thead>
              <tbody>
                {downloadList.map((t) => (
                  <tr key={t.taskId}>
                    <td>{t.name}</td>
                    <td>{new Date(t.createTime).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai" })}</td>
                    <td>
                      {states[t.status] ?? t.status}
                      {t.status === "running" && ` ${Math.round(t.progress)}%`}
                      {t.reason && <span className="error"> {t.reason}</span>}
                    </td>
                    <td className="num">{t.rows}</td>
                    <td>
                      {t.status === "done" && (
                        <button type="button" className="link" onClick={() => download(t.taskId, t.filename)}>
                          下载 {t.filename}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Loaded>
    </section>
  )
}
