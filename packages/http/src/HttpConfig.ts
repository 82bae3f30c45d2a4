/**
 * Settings the HTTP layer itself needs at request time.
 */
import { Context } from "effect"

export class HttpConfig extends Context.Tag("@wm/http/HttpConfig")<
  HttpConfig,
  {
    /** Mark the session cookie Secure (set behind HTTPS). */
    readonly cookieSecure: boolean
  }
>() {}
