/**
 * A plain catalogue for the learned score's unit tests: every product of the same type, rate (3 %) and starting
 * amount (10,000 yuan), on sale 400 days either side of `day`; risk levels and terms as given.
 */
import { derivedColumns, type ProductColumns } from "../../src/Matching/Learned/Columns.js"

export const plainCatalogue = (
  day: number,
  risk: ReadonlyArray<number>,
  termDays: ReadonlyArray<number>
): ProductColumns => {
  const size = risk.length
  return derivedColumns({
    size,
    risk: Uint8Array.from(risk),
    term: new Uint8Array(size),
    type: new Uint8Array(size),
    termDays: Float64Array.from(termDays),
    rate: new Float64Array(size).fill(3),
    startingYuan: new Float64Array(size).fill(10_000),
    saleFrom: new Float64Array(size).fill(day - 400),
    saleTo: new Float64Array(size).fill(day + 400)
  })
}
