/**
 * Build of @wm/core: ESM with declarations for the library (`.`) and its test kit (`./testing`).
 * The export-file port speaks web streams (WritableStream, ReadableStream: in Node, browsers and workers alike),
 * which the ES library of tsconfig.base.json leaves out; the declaration build gets them from the DOM library.
 */
import { defineConfig } from "tsup"

export default defineConfig({
  entry: ["src/index.ts", "src/testing/index.ts"],
  format: ["esm"],
  dts: { compilerOptions: { lib: ["ES2023", "DOM"] } },
  clean: true
})
