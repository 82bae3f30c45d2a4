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
    /**
     * When set, advisor-zone requests must carry it in `X-Advisor-Zone-Secret` (the bank's gateway adds it);
     * unset, the advisor zone relies on being reachable only through that gateway.
     */
    readonly advisorZoneSecret?: string | undefined
  }
>() {}
