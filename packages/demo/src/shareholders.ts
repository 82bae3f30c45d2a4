/**
 * The top shareholders (前十大股东, here 3–8) of a listed company: a controlling holder with 20–50 %, then
 * falling stakes held by people, state funds and partnerships, as in a real annual report.
 */
import { personName, tradeName } from "./names.js"
import type { Rng } from "./rng.js"

export interface Shareholder {
  readonly listedCompanyId: string
  readonly name: string
  readonly holdQuantity: number
  /** Percent of share capital in hundredths (12.34 % → 1234). */
  readonly equityProportion: number
  readonly shareType: "流通A股" | "限售流通A股"
}

const INSTITUTIONS = [
  "香港中央结算有限公司",
  "中国证券金融股份有限公司",
  "全国社保基金一一八组合",
  "基本养老保险基金八零二组合",
  "中央汇金资产管理有限责任公司"
]

export const shareholdersOf = (rng: Rng, id: string, shares: number): Array<Shareholder> => {
  const count = rng.int(3, 8)
  const names = new Set<string>()
  const result: Array<Shareholder> = []
  let proportion = rng.range(20, 50)
  for (let i = 0; i < count; i++) {
    let name = i === 0 && rng.chance(0.5) ? `${tradeName(rng)}${rng.pick(["控股集团有限公司", "投资有限公司"])}` : ""
    while (name === "" || names.has(name)) {
      const r = rng.next()
      name = r < 0.5 ? personName(rng) : r < 0.8 ? rng.pick(INSTITUTIONS) : `${tradeName(rng)}投资合伙企业（有限合伙）`
    }
    names.add(name)
    const hundredths = Math.max(1, Math.round(proportion * 100))
    const restricted = !INSTITUTIONS.includes(name) && rng.chance(i === 0 ? 0.4 : 0.1)
    const holdQuantity = Math.round((shares * hundredths) / 10_000)
    result.push({
      listedCompanyId: id,
      name,
      holdQuantity,
      equityProportion: hundredths,
      shareType: restricted ? "限售流通A股" : "流通A股"
    })
    proportion *= rng.range(0.3, 0.8)
  }
  return result
}
