/**
 * The relationship managers' web app (packages/web, built with Vite) served under /app: its built files as they
 * are, and index.html for any other /app path so the single-page app's own links survive a reload.
 */
import { existsSync, readFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { serveStatic } from "@hono/node-server/serve-static"
import type { Hono } from "hono"

/**
 * The app's own scripts, styles and images only; the API on the same origin. Charts set inline styles, hence
 * 'unsafe-inline' for styles (never for scripts).
 */
export const WEB_APP_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"

/** Where `pnpm --filter @wm/web build` writes the app. */
export const defaultWebRoot = resolve(import.meta.dirname, "../../web/dist")

/** Mounts the app when it has been built; answers whether it did. */
export const mountWebApp = <E extends object>(app: Hono<E & { Variables: object }>, root: string): boolean => {
  const index = join(root, "index.html")
  if (!existsSync(index)) return false
  const html = readFileSync(index, "utf8")
  app.get("/", (c) => c.redirect("/app/"))
  app.use("/app/assets/*", serveStatic({ root, rewriteRequestPath: (path) => path.replace(/^\/app/, "") }))
  app.get("/app", (c) => c.redirect("/app/"))
  app.get("/app/*", (c) => c.html(html))
  return true
}
