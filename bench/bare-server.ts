/**
 * The baseline of bench/http.bench.ts: a bare node:http server answering, for each path it was given over IPC,
 * the exact bytes and content type our server answered for it. Prints nothing; tells its port over IPC.
 */
import { createServer } from "node:http"

const bodies = new Map<string, { readonly body: Buffer; readonly type: string }>()
process.on("message", (m: { path: string; body: string; type: string }) => {
  bodies.set(m.path, { body: Buffer.from(m.body, "base64"), type: m.type })
  process.send!({ stored: m.path })
})

const server = createServer((req, res) => {
  const found = bodies.get(req.url ?? "")
  if (found === undefined) {
    res.writeHead(404).end()
    return
  }
  res.writeHead(200, { "content-type": found.type, "content-length": found.body.length }).end(found.body)
})
server.listen(0, "127.0.0.1", () => {
  const address = server.address()
  process.send!({ port: typeof address === "object" && address !== null ? address.port : 0 })
})
process.on("disconnect", () => server.close())
