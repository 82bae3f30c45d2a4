/**
 * "Today" of the maturity warning: the date of the runtime's Clock in the bank's time zone (BANK_TIMEZONE, default
 * Asia/Shanghai, validated at start). The server runs on the real clock; tests set the date with the manual clock
 * the harness installs (Layer.setClock), so no test depends on the day it runs.
 */
import { todayIn } from "@wm/core"
import { Effect } from "effect"
import { bankTimeZone } from "../../api/time.js"

// Read at request time, after the configuration was validated, never at import.
export const bankToday = Effect.suspend(() => todayIn(bankTimeZone()))
