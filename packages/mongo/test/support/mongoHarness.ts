/**
 * The HTTP test harness of packages/http on MongoStore.layer: every harness gets a database of its own on the
 * server from globalSetup (the harness seeds a bank, so the database must start empty).
 */
import { type HarnessOptions, makeHarness } from "../../../http/test/support/harness.js"
import { freshMongoStore } from "./freshStore.js"

export { freshMongoStore }

/** makeHarness on a fresh MongoDB database unless the options name a store. */
export const makeMongoHarness = (options: HarnessOptions = {}) => makeHarness({ store: freshMongoStore(), ...options })
