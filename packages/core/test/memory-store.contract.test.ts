// The in-memory store against the storage-port contract; a fresh store per test (no reset given).
import { MemoryStore } from "../src/index.js"
import { portContract } from "../src/testing/index.js"

portContract("MemoryStore", async () => ({ layer: MemoryStore.layer }))
