/**
 * Money and ratio rounding for the portrait engine.
 *
 * Figures are computed in fen (分) at full precision and rounded once, at output. Rounding is half away from
 * zero, the commercial rule (and what SQL `round` does), so a negative average rounds like its positive twin.
 */

/** Integer fen of a yuan amount; exact for the two-decimal amounts uploads carry. */
export const toFen = (yuan: number): number => Math.round(yuan * 100)

export const roundHalfAway = (x: number): number => (x < 0 ? -Math.round(-x) : Math.round(x))

/** Yuan with two decimals from a (possibly fractional) fen value. */
export const fenToYuan = (fen: number): number => roundHalfAway(fen) / 100

/** A count average or similar, to two decimals. */
export const round2 = (x: number): number => roundHalfAway(x * 100) / 100

/** A 0–1 share to four decimals; 0 when there is nothing to share. */
export const share4 = (part: number, whole: number): number =>
  whole === 0 ? 0 : roundHalfAway((part / whole) * 10_000) / 10_000
