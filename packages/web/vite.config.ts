// The app is served by the Node server under /app (built assets); `vite` alone proxies /api to a local server.
import react from "@vitejs/plugin-react"
import { defineConfig } from "vite"

export default defineConfig({
  base: "/app/",
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 1_000 },
  server: { proxy: { "/api": "http://127.0.0.1:3000" } }
})
