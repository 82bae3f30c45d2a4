/**
 * /docs: the OpenAPI document rendered by Swagger UI (request and response fields, Markdown descriptions), its
 * files served from the swagger-ui-dist package by our own routes: no CDN, works offline. The page carries no
 * inline script or style, so its CSP allows only this server's own files.
 */
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import type { Hono } from "hono"

/** The Swagger UI build shipped in the swagger-ui-dist package. */
const distDir = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"))

/**
 * Scripts, styles, images (the style's icons are data: URLs) and the document's fetch from this server only;
 * no frames, forms or base changes. `connect-src 'self'` also lets "Try it out" call the API on this origin.
 */
export const DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join("; ")

/**
 * Starts Swagger UI on /openapi.json. No validator badge (it would send the document to an outside service),
 * no top bar (its URL box could load any document); tags open, operations collapsed, models one level deep.
 */
const START_SCRIPT = `"use strict";
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    validatorUrl: null,
    deepLinking: true,
    docExpansion: "list",
    defaultModelsExpandDepth: 1,
    defaultModelExpandDepth: 3,
    displayRequestDuration: true,
    filter: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout"
  });
});
`

const PAGE = `<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>企业理财精准营销 API</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css">
</head>
<body>
<noscript>This page needs JavaScript; the document itself is <a href="/openapi.json">/openapi.json</a>.</noscript>
<div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/assets/start.js"></script>
</body>
</html>
`

interface Asset {
  readonly type: string
  readonly body: () => string
}

/** Read once on first request: the bundle is 1.8 MB, and API-only tests never ask for it. */
const lazy = (read: () => string) => {
  let text: string | undefined
  return () => {
    text ??= read()
    return text
  }
}

const ASSETS: Record<string, Asset> = {
  "swagger-ui-bundle.js": {
    type: "text/javascript; charset=utf-8",
    body: lazy(() => readFileSync(join(distDir, "swagger-ui-bundle.js"), "utf8"))
  },
  "swagger-ui.css": {
    type: "text/css; charset=utf-8",
    body: lazy(() => readFileSync(join(distDir, "swagger-ui.css"), "utf8"))
  },
  "start.js": { type: "text/javascript; charset=utf-8", body: () => START_SCRIPT }
}

/** The paths docs answers, for the not-found handler's list of routes. */
export const DOCS_PATHS = ["/docs", ...Object.keys(ASSETS).map((name) => `/docs/assets/${name}`)]

/** Mounts /docs and its assets; every answer of theirs gets DOCS_CSP. */
export const mountDocs = <E extends object>(app: Hono<E & { Variables: object }>) => {
  app.get("/docs", (c) => c.html(PAGE))
  app.get("/docs/assets/:name", (c) => {
    const asset = ASSETS[c.req.param("name")]
    if (asset === undefined) return c.notFound()
    return c.body(asset.body(), 200, { "content-type": asset.type, "cache-control": "public, max-age=3600" })
  })
}
