// The HTTP tests of packages/http, unchanged, on the Mongo adapter (the server started with MONGODB_URI must pass
// the same tests as the embedded default). test/http-shared/setup.ts swaps the harness's store; the test files
// that never touch a store (configuration, OpenAPI, request validation, file parsing) are left to the unit project.
import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    name: "mongo-http",
    root: fileURLToPath(new URL(".", import.meta.url)),
    include: ["../http/test/**/*.test.ts"],
    exclude: [
      "../http/test/authorisation-matrix.test.ts",
      "../http/test/config.test.ts",
      // Restarts the embedded store over one backing; Mongo's restart and crash tests live in packages/mongo.
      "../http/test/exports.restart.test.ts",
      "../http/test/fuzz.test.ts",
      "../http/test/openapi.test.ts",
      // Judges the recommender on its own in-memory bank (the ports' parity is the contract suite's).
      "../http/test/recommendations.independent.test.ts",
      // The API fuzzer drives its own server process on the embedded store: running it twice adds minutes, no cover.
      "../http/test/schemathesis.test.ts",
      "../http/test/seed-routes.test.ts",
      "../http/test/validation.test.ts",
      "../http/test/upload-*.test.ts",
      "**/node_modules/**"
    ],
    setupFiles: ["test/http-shared/setup.ts"],
    globalSetup: ["test/globalSetup.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks"
  }
})
