/**
 * Numeric cell types: money, percentages and whole numbers, written with digits, an optional minus sign and
 * a decimal point. Thousands separators, units and exponents are rejected rather than guessed at.
 */
import { Schema } from "effect"
import { type Cell, Invalid } from "./Cell.js"

const DECIMAL = /^-?\d+(?:\.\d+)?$/
const WHOLE = /^-?\d+$/

/** Digits after the decimal point of text that matched DECIMAL. */
const decimalsOf = (s: string): number => {
  const dot = s.indexOf(".")
  return dot < 0 ? 0 : s.length - dot - 1
}

export interface DecimalOptions {
  readonly decimals: number
  readonly signed: boolean
  /** The largest magnitude accepted; keeps amounts exact in fen as doubles. */
  readonly max: number
  readonly example: string
}

export const decimal = ({ decimals, signed, max, example }: DecimalOptions): Cell<number> => {
  const notNumber = new Invalid(`must be a number like ${example} (no thousands separators, units or spaces)`)
  const negative = new Invalid("must not be negative")
  const tooPrecise = new Invalid(`has more than ${decimals} decimals`)
  const tooLarge = new Invalid(`is larger than ${max.toLocaleString("en-US")}`)
  return {
    kind: { tag: "decimal", decimals, signed, max },
    type: Schema.Number,
    parse: (s) => {
      if (!DECIMAL.test(s)) return notNumber
      if (!signed && s.charCodeAt(0) === 45) return negative
      if (decimalsOf(s) > decimals) return tooPrecise
      const value = Number(s)
      if (Math.abs(value) > max) return tooLarge
      return value === 0 ? 0 : value // never -0
    },
    format: (n) => String(n)
  }
}

/** Yuan (元), to the fen. */
export const yuan = decimal({ decimals: 2, signed: false, max: 1e13, example: "1234.56" })

/** An account balance in yuan; negative when overdrawn. */
export const signedYuan = decimal({ decimals: 2, signed: true, max: 1e13, example: "-1234.56" })

/**
 * 万元 (10,000 yuan). Six decimals keep it exact to the fen: 12.345678万 is 123,456.78 yuan, which two
 * decimals (100-yuan steps) could not write.
 */
export const wan = decimal({ decimals: 6, signed: false, max: 1e9, example: "123.45" })

/** A percentage (3.85 or 3.85%), 0–100, at most 4 decimals. */
export const percent: Cell<number> = (() => {
  const bad = new Invalid("must be a percentage from 0 to 100 with at most 4 decimals, e.g. 3.85 or 3.85%")
  return {
    kind: { tag: "percent" },
    type: Schema.Number,
    parse: (raw) => {
      const s = raw.charCodeAt(raw.length - 1) === 37 ? raw.slice(0, -1).trimEnd() : raw
      if (!DECIMAL.test(s) || s.charCodeAt(0) === 45 || decimalsOf(s) > 4) return bad
      const value = Number(s)
      return value > 100 ? bad : value
    },
    format: (n) => String(n)
  }
})()

export const integer = (min: number, max: number): Cell<number> => {
  const notWhole = new Invalid("must be a whole number")
  const tooSmall = new Invalid(`must be at least ${min}`)
  const tooLarge = new Invalid(`must be at most ${max}`)
  return {
    kind: { tag: "integer", min, max },
    type: Schema.Int,
    parse: (s) => {
      if (!WHOLE.test(s)) return notWhole
      const value = Number(s)
      return value < min ? tooSmall : value > max ? tooLarge : value === 0 ? 0 : value
    },
    format: (n) => String(n)
  }
}
