/**
 * The plain text progress bar of the command lines (demo generator, Berka converter, Berka import script),
 * written to stderr so stdout keeps only the JSON each one prints. No dependency: a `\r` redraws the line.
 */

export interface ProgressStyle {
  /** Written before the bar, padded to 18 columns, when steps of one run are told apart by name. */
  readonly label?: string
  readonly width?: number
  /** The character of the part still to do. */
  readonly empty?: string
  /** 1 → a fixed-width "  42.5%", so the figures behind it do not jitter; 0 → "43%". */
  readonly decimals?: 0 | 1
  /** What is counted, after the percentage, e.g. "1,200/5,000 rows". */
  readonly counts?: (done: number, total: number) => string
  /** Ends the line once done reaches total, for a caller that writes more lines after the bar. */
  readonly endLine?: boolean
}

/** The bar's line for the given counts, without the leading `\r`; an empty total counts as complete. */
export const renderProgress = (done: number, total: number, style: ProgressStyle = {}): string => {
  const { label, width = 30, empty = "-", decimals = 1, counts } = style
  const ratio = total > 0 ? done / total : 1
  const filled = Math.round(ratio * width)
  const percent = decimals === 0 ? String(Math.round(ratio * 100)) : (ratio * 100).toFixed(decimals).padStart(5)
  const head = label === undefined ? "" : `${label.padEnd(18)} `
  const tail = counts === undefined ? "" : ` ${counts(done, total)}`
  return `${head}[${"#".repeat(filled)}${empty.repeat(width - filled)}] ${percent}%${tail}`
}

/**
 * A progress callback drawing the bar; it redraws only when the per-mille figure changes, because callers
 * report after every chunk or row batch and a terminal redrawn a million times slows the run down.
 */
export const progressBar = (
  style: ProgressStyle = {},
  write: (text: string) => void = (text) => process.stderr.write(text)
): ((done: number, total: number) => void) => {
  let lastDrawn = -1
  return (done, total) => {
    const permille = Math.floor((total > 0 ? done / total : 1) * 1000)
    if (permille === lastDrawn) return
    lastDrawn = permille
    write(`\r${renderProgress(done, total, style)}`)
    if (style.endLine === true && done >= total) write("\n")
  }
}
