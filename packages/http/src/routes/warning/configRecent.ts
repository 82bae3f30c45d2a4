/**
 * GET and POST /api/company/configrecent: the maturity warning window (预警设置, DOMAIN.md §6). Everyone signed in
 * reads it; only bank admins change it, and the change applies to the next warning request.
 */
import { audited, changeWarningWindow, currentWarningWindow, MAX_WARNING_DAYS } from "@wm/core"
import { Schema } from "effect"
import { IntLike } from "../../api/params.js"
import { defineRoute } from "../../api/route.js"

export const tag = "理财到期预警"

const Days = (min: number, description: string) =>
  IntLike(
    Schema.Int.pipe(
      Schema.between(min, MAX_WARNING_DAYS, { message: () => `must be an integer from ${min} to ${MAX_WARNING_DAYS}` })
    ),
    { minimum: min, maximum: MAX_WARNING_DAYS, description }
  ).annotations({ description })

const startText = "前: days before today whose maturities still show (0–366)"
const endText = "后: days after today whose maturities show (1–366)"

const WindowView = Schema.Struct({
  start: Schema.Int.annotations({ description: startText }),
  end: Schema.Int.annotations({
    description: `${endText}; a number (the document says string once; numbers are used for both bounds)`
  })
}).annotations({ identifier: "WarningWindow" })

export const getConfigRecent = defineRoute({
  method: "get",
  path: "/api/company/configrecent",
  tag,
  summary: "获取预警设置 The maturity warning window",
  description:
    "Holdings maturing in [today − start, today + end] days are warned about (/api/company/recent_products). " +
    "Until a bank admin sets a window the configured default answers (start 0, end 40).",
  access: "user",
  memo: true,
  response: WindowView,
  handle: () => currentWarningWindow()
})

export const setConfigRecent = defineRoute({
  method: "post",
  path: "/api/company/configrecent",
  tag,
  summary: "设置到期预警时间 Set the maturity warning window",
  description:
    "Bank admins only (others: 10006). Integers, 0 ≤ start ≤ 366 and 1 ≤ end ≤ 366; a bad value answers 10001 " +
    "naming the field. The next /api/company/recent_products uses the new window. Answers the window saved.",
  access: "user",
  body: Schema.Struct({ start: Days(0, startText), end: Days(1, endText) }),
  response: WindowView,
  handle: ({ actor, body }) =>
    changeWarningWindow(actor, body).pipe(
      audited("setting_change", { target: "setting:warningWindow", details: { start: body.start, end: body.end } })
    )
})
