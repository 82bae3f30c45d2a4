/**
 * Our products (本行在售) from the planned shelf, and other banks' products (同业在售) for comparison.
 * Dates are placed relative to today; the seed only nudges rates and issue numbers.
 */
import { formatDay, ymd } from "./dates.js"
import { benchmarkRate, PRODUCT_SPECS, termLabel } from "./productSpecs.js"
import { Rng } from "./rng.js"
import type { PeerProduct, Product, ProductType, Risk } from "./types.js"

const MANUAL_BASE = "https://demo-bank.example.com/wm/manual"

const remarkOf = (p: Omit<Product, "remark" | "marketingSkills" | "code" | "manualUrl">): string => {
  const how = p.open
    ? `每个工作日开放申购，每笔持有${termLabel(p.termDays)}后自动兑付`
    : `封闭式产品，${formatDay(p.valueDate)}起息，到期一次性兑付本金及收益`
  const risk =
    p.type === "保本"
      ? "本金保障，收益以实际兑付为准"
      : p.type === "结构性"
        ? "最终收益取决于挂钩标的表现，存在仅获得保底收益的可能"
        : "业绩比较基准不代表未来表现，理财非存款，投资须谨慎"
  return `${how}；${risk}`
}

const pitchOf = (type: ProductType, risk: Risk, termDays: number, startingWan: number, rate: number): string => {
  const term =
    termDays <= 30
      ? `期限短、流动性好，适合企业临时闲置资金打理，${startingWan}万元起购，手机银行随时可买`
      : termDays <= 180
        ? `期限适中，可匹配企业季度或半年的资金安排，${startingWan}万元起投`
        : "锁定中长期收益，适合有稳定沉淀资金的企业做资产配置"
  const kind =
    type === "保本"
      ? "本金有保障，适合风格稳健的财务负责人"
      : type === "结构性"
        ? "保底收益加挂钩收益，兼顾安全与收益弹性"
        : risk <= 2
          ? "净值波动小，历史表现稳健"
          : "收益弹性更高，适合能承受一定波动的客户"
  return `${term}；${kind}；业绩比较基准${rate.toFixed(2)}%。`
}

export const makeProducts = (seed: number, today: number): Array<Product> => {
  const rng = Rng.derive(seed, "products")
  const names = new Set<string>()
  const drafts = PRODUCT_SPECS.map((s) => {
    const salesStart = today + s.from
    const salesEnd = today + s.to
    // Open products: value date = launch, expiry = the maturity of a purchase on the last sales day.
    const valueDate = s.open ? salesStart : salesEnd + 1
    const expiryDate = s.open ? salesEnd + 1 + s.termDays : valueDate + s.termDays
    const issue = s.open ? "" : `${ymd(salesStart).y}年第${rng.int(1, 48)}期`
    let name = `${s.series}${termLabel(s.termDays)}${issue}`
    for (let k = 2; names.has(name); k++) name = `${s.series}${termLabel(s.termDays)}${issue}（${k}）`
    names.add(name)
    const rate = benchmarkRate(s.type, s.risk, s.termDays, rng.range(-0.15, 0.15))
    const base = { name, type: s.type, risk: s.risk, termDays: s.termDays, startingWan: s.startingWan, rate }
    return { ...base, open: s.open, salesStart, salesEnd, valueDate, expiryDate }
  })
  // Codes follow launch order, as a bank's product register would.
  drafts.sort((a, b) => a.salesStart - b.salesStart || a.name.localeCompare(b.name))
  return drafts.map((d, i) => {
    const code = `WM${String(i + 1).padStart(4, "0")}`
    const marketingSkills = pitchOf(d.type, d.risk, d.termDays, d.startingWan, d.rate)
    return { ...d, code, manualUrl: `${MANUAL_BASE}/${code}.pdf`, remark: remarkOf(d), marketingSkills }
  })
}

const PEER_BANKS: ReadonlyArray<readonly [string, string, string]> = [
  ["中国工商银行", "ICBC", "工银理财"],
  ["中国建设银行", "CCB", "建信理财"],
  ["中国农业银行", "ABC", "农银理财"],
  ["中国银行", "BOC", "中银理财"],
  ["交通银行", "BOCOM", "交银理财"],
  ["招商银行", "CMB", "招银理财"],
  ["兴业银行", "CIB", "兴银理财"],
  ["宁波银行", "NBCB", "宁银理财"],
  ["杭州银行", "HZB", "杭银理财"]
]
const PEER_SERIES: ReadonlyArray<readonly [string, ProductType, Risk, number]> = [
  ["天天利", "非保本", 1, 7],
  ["稳利", "非保本", 2, 90],
  ["季季盈", "非保本", 2, 91],
  ["半年享", "非保本", 2, 180],
  ["年年红", "非保本", 3, 365],
  ["固收+", "非保本", 3, 270],
  ["权益精选", "非保本", 4, 730],
  ["结构性存款", "结构性", 2, 91],
  ["结构性存款", "结构性", 1, 30],
  ["安享保本", "保本", 1, 180]
]

export const makePeerProducts = (seed: number, today: number, count = 30): Array<PeerProduct> => {
  const rng = Rng.derive(seed, "peer-products")
  return Array.from({ length: count }, (_, i) => {
    const [bankName, abbr, brand] = PEER_BANKS[i % PEER_BANKS.length]!
    const [series, type, risk, termDays] = rng.pick(PEER_SERIES)
    const salesStart = today - rng.int(5, 400)
    const salesEnd = today + rng.int(1, 200)
    const open = type !== "结构性"
    const valueDate = open ? salesStart : salesEnd + 1
    const startingWan = rng.pick([1, 1, 5, 10, 50])
    const rate = benchmarkRate(type, risk, termDays, rng.range(-0.1, 0.3))
    const code = `${abbr}${String(1000 + i * 37 + rng.int(0, 36))}`
    const draft = { code, name: `${brand}·${series}${termLabel(termDays)}`, type, risk, termDays, startingWan, rate }
    const dated = { ...draft, open, salesStart, salesEnd, valueDate, expiryDate: salesEnd + 1 + termDays }
    const manualUrl = `https://${abbr.toLowerCase()}.example.com/wm/${code}.pdf`
    const marketingSkills = `同业对标：${pitchOf(type, risk, termDays, startingWan, rate)}`
    return { ...dated, bankName, manualUrl, remark: remarkOf(dated), marketingSkills }
  })
}
