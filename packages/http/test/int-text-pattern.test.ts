// The OpenAPI pattern of an integer that may come as text accepts exactly the decimal texts of its range.
import { expect, it } from "vitest"
import { intTextPattern } from "../src/api/params.js"

const ranges: ReadonlyArray<readonly [number, number]> = [
  [2000, 2999],
  [2, 9],
  [7, 123],
  [15, 15],
  [19, 2001],
  [101, 998],
  [3, 100_000],
  [1, 100],
  [0, 59],
  [-12, 40]
]

it.each(ranges)("the pattern of %i..%i accepts every integer inside and none outside", (low, high) => {
  const pattern = new RegExp(intTextPattern(low, high))
  const wrong: Array<number> = []
  for (let n = Math.min(low, 0) - 30; n <= Math.min(high * 2 + 30, 200_000); n++) {
    if (pattern.test(String(n)) !== (n >= low && n <= high)) wrong.push(n)
  }
  expect(wrong).toEqual([])
  expect(pattern.test(` 00${high} `)).toBe(true)
  expect(pattern.test(`${high}.0`)).toBe(false)
})
