// The MongoDB adapter's tests, against the local test server (DocumentDB) started by test/globalSetup.ts (or MONGODB_URI).
// Run alone with `npx vitest run --config packages/mongo/vitest.config.ts`, or as a project of the root config.
import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    name: "mongo",
    root: fileURLToPath(new URL(".", import.meta.url)),
    include: ["test/**/*.test.ts", "../../examples/**/*.mongo.test.ts"],
    globalSetup: ["test/globalSetup.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks"
  }
})
