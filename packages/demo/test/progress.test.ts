/**
 * The command lines' progress bar: the exact line each style renders, and when the callback redraws.
 */
import { describe, expect, it } from "vitest"
import { progressBar, renderProgress } from "../src/progress.js"

const rows = (done: number, total: number) => `${done.toLocaleString("en-US")}/${total.toLocaleString("en-US")} rows`

describe("renderProgress", () => {
  it("draws 30 columns, a fixed-width one-decimal percentage and the caller's counts", () => {
    expect(renderProgress(1_200, 5_000, { counts: rows })).toBe(
      "[#######-----------------------]  24.0% 1,200/5,000 rows"
    )
    expect(renderProgress(5_000, 5_000, { counts: rows })).toBe(
      "[##############################] 100.0% 5,000/5,000 rows"
    )
  })

  it("puts a padded label before the bar and may show whole percents on a dotted bar", () => {
    expect(renderProgress(2, 9, { label: "upload company", empty: ".", decimals: 0 })).toBe(
      "upload company     [#######.......................] 22%"
    )
  })

  it("counts an empty total as complete rather than dividing by zero", () => {
    expect(renderProgress(0, 0)).toBe("[##############################] 100.0%")
  })
})

describe("progressBar", () => {
  const recorded = (style = {}) => {
    const written: Array<string> = []
    return { written, report: progressBar(style, (text) => written.push(text)) }
  }

  it("redraws the line with a carriage return only when the per-mille figure changes", () => {
    const { written, report } = recorded()
    for (const done of [0, 1, 2, 1_000, 1_001, 10_000]) report(done, 10_000)
    expect(written).toEqual([
      "\r[------------------------------]   0.0%",
      "\r[###---------------------------]  10.0%",
      "\r[##############################] 100.0%"
    ])
  })

  it("ends the line once, when done reaches the total, if asked to", () => {
    const { written, report } = recorded({ endLine: true, decimals: 0 })
    report(1, 2)
    report(2, 2)
    report(2, 2)
    expect(written).toEqual(["\r[###############---------------] 50%", "\r[##############################] 100%", "\n"])
  })
})
