/**
 * Word pools and builders for plausible Chinese company and person names and contact numbers. Names are
 * assembled from parts (city + trade name + industry + legal form) the way real registrations look.
 */
import type { Rng } from "./rng.js"

const CITIES = ["杭州", "杭州", "杭州", "浙江", "萧山", "余杭", "富阳", "临安"]

const TRADE_NAME_CHARS =
  "华鑫瑞恒泰达盛宏博远昌隆德信和安兴丰嘉诚创新源金银汇通联众康宁海天宇晟铭卓越嘉祥凯润华美智明阳光辉锦程万方正大"

export const INDUSTRIES = [
  "科技",
  "贸易",
  "建材",
  "物流",
  "机械制造",
  "医药",
  "食品",
  "电子",
  "纺织",
  "化工",
  "新能源",
  "餐饮管理",
  "建筑工程",
  "房地产开发",
  "农业发展",
  "环保科技",
  "信息技术",
  "文化传媒",
  "汽车零部件",
  "供应链管理",
  "服装",
  "家居",
  "精密仪器",
  "电气设备",
  "生物技术"
] as const

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁沈"
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红玉兰文斌浩宇晨欣怡子涵佳琪俊峰海燕雪梅慧"

const charAt = (rng: Rng, pool: string): string => pool.charAt(rng.int(0, pool.length - 1))

export const personName = (rng: Rng): string =>
  charAt(rng, SURNAMES) + charAt(rng, GIVEN) + (rng.chance(0.65) ? charAt(rng, GIVEN) : "")

/** Two distinct characters, the firm's 字号. */
export const tradeName = (rng: Rng): string => {
  const a = charAt(rng, TRADE_NAME_CHARS)
  let b = charAt(rng, TRADE_NAME_CHARS)
  while (b === a) b = charAt(rng, TRADE_NAME_CHARS)
  return a + b
}

export type LegalForm = "有限公司" | "有限责任公司" | "股份有限公司" | "集团有限公司"

export const companyName = (rng: Rng, industry: string, form: LegalForm): string => {
  const city = rng.chance(0.7) ? rng.pick(CITIES) : ""
  return `${city}${tradeName(rng)}${industry}${form}`
}

const MOBILE_PREFIXES = ["130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "158", "177", "186"]

const digits = (rng: Rng, n: number): string => {
  let s = ""
  for (let i = 0; i < n; i++) s += String(rng.int(0, 9))
  return s
}

export const mobilePhone = (rng: Rng): string => rng.pick(MOBILE_PREFIXES) + digits(rng, 8)

export const landline = (rng: Rng, areaCode = "0571"): string => `${areaCode}-8${digits(rng, 7)}`

export const ROADS = [
  "解放路",
  "庆春路",
  "延安路",
  "文三路",
  "莫干山路",
  "天目山路",
  "江南大道",
  "滨盛路",
  "钱江路",
  "秋涛路",
  "建国路",
  "凤起路"
] as const
