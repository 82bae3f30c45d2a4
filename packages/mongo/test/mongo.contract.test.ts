// The MongoDB adapter against core's storage-port contract, on the server from globalSetup (DocumentDB by default).
// One client and one database for the suite; the contract resets it (drop + indexes) before every test.
import { portContract } from "@wm/core/testing"
import { Effect } from "effect"
import { MongoStore } from "../src/index.js"
import { testClient } from "./support.js"

portContract("MongoStore", async () => {
  const test = await testClient()
  const dbName = test.dbName("contract")
  return {
    layer: MongoStore.layerFromClient(test.client, dbName),
    reset: () => Effect.runPromise(MongoStore.resetDatabase(test.client, dbName)),
    close: test.close
  }
})
