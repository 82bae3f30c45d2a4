// Setup of the mongo-http project (vitest.http.config.ts): the HTTP test files of packages/http run unchanged, with
// makeHarness replaced by one whose default store is a fresh database on the server of globalSetup.
import { vi } from "vitest"

vi.mock("../../../http/test/support/harness.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../../http/test/support/harness.js")>()
  // Not ../support/mongoHarness.js: it imports the harness, which would wait on this very factory.
  const { freshMongoStore } = await import("../support/freshStore.js")
  return {
    ...original,
    makeHarness: (options: Parameters<typeof original.makeHarness>[0] = {}) =>
      original.makeHarness({ store: freshMongoStore(), ...options })
  }
})
