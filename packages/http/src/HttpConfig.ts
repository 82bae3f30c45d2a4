/**
 * Settings the HTTP layer itself needs at request time.
 */
import { Context } from "effect"

export class HttpConfig extends Context.Tag("@wm/http/HttpConfig")<
  HttpConfig,
  {
    /** Mark the session cookie Secure (set behind HTTPS). */
    readonly cookieSecure: boolean
    /**
     * When set, advisor-zone requests must carry it in `X-Advisor-Zone-Secret` (the bank's gateway adds it);
     * unset, the advisor zone relies on being reachable only through that gateway.
     */
    readonly advisorZoneSecret?: string | undefined
  }
>() {}
