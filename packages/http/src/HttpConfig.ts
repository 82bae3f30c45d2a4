/**
 * Settings the HTTP layer itself needs at request time.
 */
import { Context } from "effect"
import type { TrustedProxies } from "./infra/clientOrigin.js"

export class HttpConfig extends Context.Tag("@wm/http/HttpConfig")<
  HttpConfig,
  {
    /** Always mark the session cookie Secure; otherwise it is Secure when the request came over HTTPS. */
    readonly cookieSecure: boolean
    /** Proxies whose X-Forwarded-For / X-Forwarded-Proto are believed. */
    readonly trustedProxies: TrustedProxies
  }
>() {}
