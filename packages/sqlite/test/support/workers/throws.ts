// A compute worker whose job throws: an exception inside the worker thread.
import { parentPort } from "node:worker_threads"

parentPort!.once("message", () => {
  throw new Error("injected failure inside the worker")
})
