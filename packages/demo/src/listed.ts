/**
 * Listed-company prospects (上市企业) and their top shareholders. The largest customers are listed
 * themselves (linked both ways: company.listedCompanyId and listed_company.companyCode); the rest are
 * prospects the bank does not serve yet.
 */
import { ymd } from "./dates.js"
import { companyName, INDUSTRIES, landline, ROADS } from "./names.js"
import { Rng } from "./rng.js"
import { type Shareholder, shareholdersOf } from "./shareholders.js"
import type { Customer } from "./types.js"

export interface ListedCompany {
  readonly id: string
  readonly name: string
  readonly contact: string
  readonly email: string
  /** Yuan cents. */
  readonly registeredCapital: number
  readonly founded: number
  readonly ra: string
  readonly location: string
  readonly description: string
  readonly businessScope: string
  readonly statementUrl: string
  readonly noticeUrl: string
  readonly companyCode: string | null
  readonly boughtOtherProduct: boolean
}

const BOARDS: ReadonlyArray<readonly [string, string, number]> = [
  ["600", "上海证券交易所主板", 0.25],
  ["601", "上海证券交易所主板", 0.1],
  ["603", "上海证券交易所主板", 0.15],
  ["688", "上海证券交易所科创板", 0.05],
  ["000", "深圳证券交易所主板", 0.1],
  ["002", "深圳证券交易所主板", 0.2],
  ["300", "深圳证券交易所创业板", 0.15]
]
const CITIES: ReadonlyArray<readonly [string, string, string]> = [
  ["浙江省杭州市", "0571", "杭州市市场监督管理局"],
  ["浙江省宁波市", "0574", "宁波市市场监督管理局"],
  ["浙江省绍兴市", "0575", "绍兴市市场监督管理局"],
  ["上海市", "021", "上海市市场监督管理局"],
  ["江苏省苏州市", "0512", "苏州市市场监督管理局"]
]
const DISTRICTS = ["上城区", "拱墅区", "西湖区", "滨江区", "萧山区", "余杭区", "钱塘区"]

export const makeListedIds = (seed: number, count = 100): Array<string> => {
  const rng = Rng.derive(seed, "listed-ids")
  const ids = new Set<string>()
  while (ids.size < count) {
    const [prefix] = rng.weighted(
      BOARDS,
      BOARDS.map((b) => b[2])
    )
    ids.add(prefix + String(rng.int(1, 999)).padStart(3, "0"))
  }
  return [...ids]
}

export const makeListed = (
  seed: number,
  today: number,
  ids: ReadonlyArray<string>,
  customers: ReadonlyArray<Customer>
) => {
  const byId = new Map(customers.filter((c) => c.listedCompanyId !== null).map((c) => [c.listedCompanyId, c]))
  const taken = new Set(customers.map((c) => c.name))
  const companies: Array<ListedCompany> = []
  const shareholders: Array<Shareholder> = []
  ids.forEach((id, i) => {
    const rng = Rng.derive(seed, "listed", i)
    const customer = byId.get(id)
    const industry = customer?.industry ?? rng.pick(INDUSTRIES)
    let name = customer?.name ?? companyName(rng, industry, "股份有限公司")
    while (customer === undefined && taken.has(name)) name = companyName(rng, industry, "股份有限公司")
    taken.add(name)
    const [province, area, ra] = customer !== undefined || rng.chance(0.6) ? CITIES[0]! : rng.pick(CITIES)
    const district = area === "0571" ? rng.pick(DISTRICTS) : ""
    const shares = Math.round(Math.min(2e10, rng.logNormal(Math.log(4e8), 0.8)) / 10_000) * 10_000
    const founded = today - rng.int(8 * 365, 30 * 365)
    const listedYear = Math.min(ymd(today).y - 1, ymd(founded).y + rng.int(5, 15))
    const board = BOARDS.find((b) => id.startsWith(b[0]))?.[1] ?? "上海证券交易所主板"
    const noticeUrl = rng.chance(0.45) ? `https://static.example.com/notice/${id}/wealth-management.pdf` : ""
    companies.push({
      id,
      name,
      contact: landline(rng, area),
      email: `zqb${id}@example.com`,
      registeredCapital: shares * 100,
      founded,
      ra,
      location: `${province}${district}${rng.pick(ROADS)}${rng.int(1, 999)}号`,
      description: `${name}成立于${ymd(founded).y}年，主要从事${industry}相关业务，是国家高新技术企业，${listedYear}年在${board}上市。`,
      businessScope: `${industry}产品的研发、生产与销售；技术开发、技术咨询、技术服务；货物进出口、技术进出口（依法须经批准的项目，经相关部门批准后方可开展经营活动）`,
      statementUrl: rng.chance(0.85) ? `https://static.example.com/notice/${id}/listing.pdf` : "",
      noticeUrl,
      companyCode: customer?.code ?? null,
      boughtOtherProduct: rng.chance(noticeUrl === "" ? 0.2 : 0.8)
    })
    shareholders.push(...shareholdersOf(rng, id, shares))
  })
  return { companies, shareholders }
}
