/**
 * Word pools for plausible mock values: Chinese person names with a pinyin login, sub-branch (支行)
 * and outlet (网点) names in the demo bank's style, company names, codes, phones and times. Every
 * builder takes a hash, so the same key always yields the same value.
 */

/** `字:pinyin` pairs, so a login can follow the name. */
const pairs = (text: string) => text.split(" ").map((p) => p.split(":") as [string, string])
const SURNAMES = pairs(
  "王:wang 李:li 张:zhang 刘:liu 陈:chen 杨:yang 黄:huang 赵:zhao 吴:wu 周:zhou 徐:xu 孙:sun 马:ma 朱:zhu 胡:hu 郭:guo 林:lin 何:he 高:gao 郑:zheng"
)
const GIVEN = pairs(
  "伟:wei 芳:fang 静:jing 敏:min 秀英:xiuying 丽娟:lijuan 强:qiang 磊:lei 军:jun 洋:yang 艳:yan 杰:jie 建国:jianguo " +
    "海燕:haiyan 志强:zhiqiang 晓东:xiaodong 佳琪:jiaqi 子涵:zihan 俊峰:junfeng 雪梅:xuemei 浩宇:haoyu 欣怡:xinyi 文斌:wenbin"
)
const BRANCHES = ["城东", "城西", "城北", "高新", "开发区", "滨江", "萧山", "余杭"] as const
const ROADS = "解放路 庆春路 延安路 文三路 古墩路 上塘路 石桥路 创业路 江南大道 科技园".split(" ")
const TRADE = ["恒远", "鑫泰", "瑞达", "宏博", "德信", "嘉诚", "汇通", "康宁", "卓越", "锦程", "华美", "万方"] as const
const INDUSTRY = ["科技", "贸易", "物流", "机械制造", "医药", "电子", "新能源", "供应链管理", "建筑工程"] as const
const MOBILE = ["135", "136", "137", "138", "139", "150", "158", "186"] as const

const pick = <T>(pool: ReadonlyArray<T>, h: number, salt = 0): T => pool[(h + salt * 7919) % pool.length]!
const pad = (n: number, width: number) => String(n).padStart(width, "0")

/** FNV-1a: a stable 31-bit hash of a text. */
export const hash = (text: string): number => {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return (h >>> 0) & 0x7fffffff
}

const person = (h: number) => [pick(SURNAMES, h), pick(GIVEN, Math.floor(h / 31))] as const

export const personName = (h: number) => person(h)[0][0] + person(h)[1][0]
/** A login derived from the same hash's name: 王芳 → `wangfang07`. */
export const username = (h: number) => person(h)[0][1] + person(h)[1][1] + pad(h % 100, 2)
export const branchName = (h: number) => `${pick(BRANCHES, h)}支行`
export const outletName = (h: number) => (h % 5 === 0 ? `${pick(BRANCHES, h)}支行营业部` : `${pick(ROADS, h)}网点`)
export const companyName = (h: number) => `杭州${pick(TRADE, h)}${pick(INDUSTRY, h, 1)}有限公司`
export const branchCode = (h: number) => `B${pad((h % 8) + 1, 2)}`
export const outletCode = (h: number) => `${branchCode(h)}O${pad((Math.floor(h / 8) % 6) + 1, 2)}`
export const companyCode = (h: number) => `C${pad(h % 1_000_000, 6)}`
export const mobile = (h: number) => pick(MOBILE, h) + pad(h % 100_000_000, 8)

/** Epoch milliseconds on a whole second between 2025-01-01 and 2026-06-30 (Asia/Shanghai office hours). */
export const epochMs = (h: number) => Date.UTC(2025, 0, 1, 1, 0, 0) + (h % 545) * 86_400_000 + (h % 32_400) * 1000

/** `YYYY-MM-DD HH:mm:ss` in the bank's time zone (UTC+8), as the API writes wall-clock times. */
export const dateTimeText = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19).replace("T", " ")

/** An opaque token-like text (43 base64url characters, like 32 random bytes). */
export const token = (h: number) => {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
  let out = ""
  for (let i = 0, x = h; i < 43; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0
    out += alphabet[(x >>> 16) % 64]
  }
  return out
}
