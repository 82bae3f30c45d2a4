/**
 * What a user may choose as its password (OWASP ASVS 2.1): long enough, not its username or close to it, not a
 * common or breached password, not the published demo password. No composition rules (ASVS 2.1.9): length and
 * the lists do the work. Each refusal names the rule it broke.
 */

export interface PasswordPolicyShape {
  readonly minLength: number
  readonly maxLength: number
  /** Whether the lower-cased text is on a list of common or breached passwords (the list is the adapter's). */
  readonly isCommon: (lowerCased: string) => boolean
  /** Passwords published somewhere (the demo password outside demo mode), refused as they are. */
  readonly published: ReadonlyArray<string>
}

export const defaultPasswordPolicy: Pick<PasswordPolicyShape, "minLength" | "maxLength"> = {
  minLength: 10,
  maxLength: 64
}

/** Edit distance, computed only between short strings (a username and a password of at most 64 characters). */
const distance = (a: string, b: string): number => {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]!
}

/** Letters and digits only, lower-cased: "Admin_01!" and "admin01" are the same guess. */
const bare = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "")

/** The username, reversed, a few edits away, or inside the password ("admin2026!", "nimda", "adm1n"). */
const nearUsername = (password: string, username: string): boolean => {
  const p = bare(password)
  const u = bare(username)
  if (u.length === 0) return false
  const reversed = [...u].reverse().join("")
  if (u.length >= 3 && (p.includes(u) || p.includes(reversed))) return true
  return distance(p, u) <= Math.max(2, Math.floor(u.length / 3))
}

/** A common password as it is, or with only digits and symbols added around it ("Password2026!", "!qwerty123"). */
const common = (password: string, isCommon: (lowerCased: string) => boolean): boolean => {
  const lower = password.toLowerCase()
  if (isCommon(lower)) return true
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "")
  return core.length > 0 && core.length < lower.length && isCommon(core)
}

/** The rule the password breaks, as the end of a sentence about the field; undefined when it is acceptable. */
export const passwordProblem = (
  policy: PasswordPolicyShape,
  password: string,
  username: string
): string | undefined => {
  if (policy.published.includes(password)) return "is the published demo password; choose your own"
  if ([...password].length < policy.minLength) return `must have at least ${policy.minLength} characters`
  if ([...password].length > policy.maxLength) return `must have at most ${policy.maxLength} characters`
  if (nearUsername(password, username)) return "must not be the username or close to it"
  if (common(password, policy.isCommon)) return "is a common or breached password; choose a less guessable one"
  return undefined
}
