/**
 * JSON Schema patterns for text the schemas trim before checking (Schema.Trim), so the document accepts exactly
 * what the server does: white space that JavaScript's trim removes may surround the value.
 */

/** The characters String.prototype.trim removes (white space and line terminators), as a class body. */
export const trimmedSpace = "\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff"

/** Control characters (Unicode category Cc), as a class body. */
export const controlChars = "\\u0000-\\u001f\\u007f-\\u009f"

/** Text with a visible character and, once trimmed, no control character. */
export const visibleTextPattern = `^[${trimmedSpace}]*[^${controlChars}]*[^${trimmedSpace}${controlChars}][^${controlChars}]*[${trimmedSpace}]*$`

/** Text of 1 to `max` (≥ 2) characters once trimmed, any characters inside. */
export const trimmedTextPattern = (max: number): string =>
  `^[${trimmedSpace}]*[^${trimmedSpace}](?:[\\s\\S]{0,${max - 2}}[^${trimmedSpace}])?[${trimmedSpace}]*$`

/** The JSON Schema of such text. */
export const trimmedTextJsonSchema = (max: number) => ({
  type: "string",
  minLength: 1,
  pattern: trimmedTextPattern(max)
})
