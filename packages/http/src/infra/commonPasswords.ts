/**
 * The list of common and breached passwords the password policy refuses: the 49,233 passwords of zxcvbn-ts's
 * common dictionary (maintained on npm; built from leaked-password frequency lists), loaded once.
 */
import { dictionary } from "@zxcvbn-ts/language-common"

let common: ReadonlySet<string> | undefined

/** Whether the lower-cased password is on the list. */
export const isCommonPassword = (lowerCased: string): boolean => {
  common ??= new Set(dictionary["passwords-common"].map((p) => p.toLowerCase()))
  return common.has(lowerCased)
}
