// A compute worker that allocates until its heap limit (the offload's maxHeapMb) ends it.
import { parentPort } from "node:worker_threads"

parentPort!.once("message", () => {
  const hoard: Array<Array<number>> = []
  for (;;) hoard.push(Array.from({ length: 100_000 }, (_, i) => i + hoard.length))
})
