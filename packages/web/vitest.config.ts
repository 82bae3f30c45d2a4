// The web app's tests: screens against the typed client's msw handlers (happy-dom), and end-to-end runs in
// Debian's chromium against the real server (e2e/*.test.ts, node environment).
import { defineProject } from "vitest/config"

export default defineProject({
  root: import.meta.dirname,
  test: {
    name: "web",
    include: ["test/**/*.test.tsx", "e2e/**/*.test.ts"],
    environment: "happy-dom",
    testTimeout: 60_000,
    hookTimeout: 180_000
  }
})
