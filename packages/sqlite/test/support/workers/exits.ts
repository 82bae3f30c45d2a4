// A compute worker that dies before answering, as a crashed one would.
import { parentPort } from "node:worker_threads"

parentPort!.once("message", () => process.exit(7))
