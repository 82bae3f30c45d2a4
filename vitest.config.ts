// One vitest run over every package. The Mongo adapter's tests and the HTTP tests re-run on it form two projects
// (mongo, mongo-http), whose global setup starts the local MongoDB test server (or uses MONGODB_URI); `--project unit` skips them.
import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
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
