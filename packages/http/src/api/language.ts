/**
 * The language of error messages: English when the client's preferred language (Accept-Language, by quality, then
 * order) is English, Chinese otherwise — the front end is Chinese, so no header or any other language reads Chinese.
 * Codes and statuses never depend on it.
 */
import type { Context } from "hono"

export type Language = "zh" | "en"

/** A message in both languages. */
export interface Localized {
  readonly zh: string
  readonly en: string
}

export const both = (zh: string, en: string): Localized => ({ zh, en })

/** The language for an Accept-Language value: its most preferred tag starting with `en` answers English. */
export const languageOf = (header: string | undefined): Language => {
  if (header === undefined) return "zh"
  let best: { tag: string; q: number } | undefined
  for (const part of header.split(",")) {
    const [rawTag = "", ...params] = part.trim().split(";")
    const tag = rawTag.trim().toLowerCase()
    if (tag === "") continue
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="))
    const q = qParam === undefined ? 1 : Number(qParam.slice(2))
    if (!Number.isFinite(q) || q <= 0) continue
    if (best === undefined || q > best.q) best = { tag, q }
  }
  return best !== undefined && (best.tag === "en" || best.tag.startsWith("en-")) ? "en" : "zh"
}

export const languageOfRequest = (c: Context): Language => languageOf(c.req.header("accept-language"))

export const pick = (message: Localized, language: Language): string => message[language]
