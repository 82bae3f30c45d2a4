// One vitest run over every package. The Mongo adapter's tests and the HTTP tests re-run on it form two projects
// (mongo, mongo-http), whose global setup starts the local MongoDB test server (or uses MONGODB_URI); `--project unit` skips them.
import { availableParallelism } from "node:os"
import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
    // One worker per core, at least two: many files spend their time waiting on the MongoDB test server, chromium
    // or the API fuzzer. Vitest's default (one fewer than the cores) ran one worker on a two-core machine: 16
    // minutes of tests instead of 11; a third worker on two cores gained nothing.
    maxWorkers: Math.max(2, availableParallelism()),
    reporters: ["default", "./tools/summary-reporter.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["packages/*/test/**/*.test.ts", "tools/**/*.test.ts", "examples/**/*.test.ts"],
          exclude: ["packages/mongo/**", "**/*.mongo.test.ts", "**/node_modules/**"]
        }
      },
      "packages/web/vitest.config.ts",
      "packages/mongo/vitest.config.ts",
      "packages/mongo/vitest.http.config.ts"
    ]
  }
})
