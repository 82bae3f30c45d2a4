/**
 * The fluctuation degree (波动程度) test against hand-computed coefficients of variation, at and just around
 * the thresholds, where floating point alone would misplace some series.
 */
import { describe, expect, it } from "vitest"
import { compileThresholds, degreeOfRatios } from "../src/Portrait/Fluctuation.js"

describe("portrait fluctuation degree", () => {
  const t = compileThresholds({ low: 0.2, medium: 0.5 })
  const degree = (xs: Array<number>, dens?: Array<number>) => degreeOfRatios(xs, dens ?? xs.map(() => 1), xs.length, t)

  it("places exact threshold hits in the upper class", () => {
    expect(degree([4, 6])).toBe("中") // sd 1 / mean 5 = 0.2
    expect(degree([1, 3])).toBe("高") // sd 1 / mean 2 = 0.5
    expect(degree([4, 4, 4, 4, 0])).toBe("高") // sd 1.6 / mean 3.2 = 0.5
    expect(degree([1, 1, 1])).toBe("低")
    expect(degree([0, 0])).toBe("无")
    expect(degree([3, -3])).toBe("无")
  })

  it("is exact where a plain float CV falls just below a threshold", () => {
    // Plain two-pass floating point gives 0.4999999999999999 and 0.19999999999999998 for these.
    expect(degree([0, 21, 21, 21, 21])).toBe("高")
    expect(degree([2, 3, 3, 3, 3, 4, 4, 4, 4])).toBe("中")
  })

  it("decides ratios exactly too", () => {
    // 40/10 = 4 and 18/3 = 6: CV 0.2 exactly, through a common denominator.
    expect(degree([40, 18], [10, 3])).toBe("中")
    // 1/3 and 2/3 with −1: mean 0.
    expect(degree([1, 2, -1], [3, 3, 1])).toBe("无")
  })

  it("reads thresholds as the decimals they are written as", () => {
    const custom = compileThresholds({ low: 0.1, medium: 0.5 })
    expect(degreeOfRatios([9, 11], [1, 1], 2, custom)).toBe("中") // sd 1 / mean 10 = 0.1
  })
})
