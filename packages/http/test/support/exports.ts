/** Helpers of the export tests: wait for a task, download its file and read it back. */
import { expect } from "vitest"
import type { Harness } from "./harness.js"
import { readXlsx } from "./xlsxRead.js"

export const waitDone = async (h: Harness, token: string, taskId: string) => {
  for (let i = 0; i < 400; i++) {
    const list = await h.call("GET", "/api/download/download_list?count=100", { token })
    const task = list.json.data.downloadList.find((t: { taskId: string }) => t.taskId === taskId)
    if (task?.status === "done" || task?.status === "failed") return task
    await new Promise((r) => setTimeout(r, 25))
  }
  throw new Error(`export ${taskId} did not finish`)
}

export const download = async (h: Harness, token: string, info: { type: number; info: unknown }) => {
  const created = await h.call("POST", "/api/download/create_download", { token, body: info })
  expect(created.json.code, created.json.msg).toBe(10000)
  const task = await waitDone(h, token, created.json.data.taskId)
  expect(task.status, task.reason).toBe("done")
  const res = await h.app.request(`/api/download/get_download?taskId=${task.taskId}`, {
    headers: { authorization: `Bearer ${token}` }
  })
  expect(res.status).toBe(200)
  return { task, res, rows: readXlsx(Buffer.from(await res.arrayBuffer())) }
}
