/**
 * Build of @wm/client: ESM and CJS with declarations for the client (`.`) and the mocks (`./msw`).
 * openapi-fetch and msw stay external (a dependency and an optional peer); the document is inlined
 * into the msw entry only.
 */
import { defineConfig } from "tsup"

export default defineConfig({
  entry: { index: "src/index.ts", "msw/index": "src/msw/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  external: ["msw", "openapi-fetch"]
})
