/**
 * Chinese for the details of error messages. Domain code and schemas state reasons in English (they are also log
 * text); this table renders them in Chinese, rule by rule, keeping every name, value and number they quote. A reason
 * no rule knows is kept as it is, after the Chinese headline that names the field.
 */

type Rule = readonly [RegExp, (...groups: Array<string>) => string]

const entities: Record<string, string> = {
  "advisor product": "理财顾问专区产品",
  branch: "支行",
  company: "客户",
  export: "导出任务",
  "listed company": "上市公司",
  "marketing record": "营销记录",
  organisation: "机构",
  outlet: "网点",
  product: "产品",
  user: "用户"
}

export const entityZh = (entity: string): string => entities[entity] ?? entity

/** Effect's own wording of an expectation ("a string at most 64 character(s) long"). */
const expectationRules: ReadonlyArray<Rule> = [
  [/^an integer$/, () => "整数"],
  [/^a number$/, () => "数字"],
  [/^a string$/, () => "字符串"],
  [/^a boolean$/, () => "布尔值"],
  [/^null$/, () => "null"],
  [/^a number between (\S+) and (\S+)$/, (a, b) => `${a} 到 ${b} 之间的数`],
  [/^a (?:number|integer) greater than or equal to (\S+)$/, (a) => `不小于 ${a} 的数`],
  [/^a (?:number|integer) less than or equal to (\S+)$/, (a) => `不大于 ${a} 的数`],
  [/^a positive number$/, () => "正数"],
  [/^a non-negative number$/, () => "非负数"],
  [/^a string at most (\d+) character\(s\) long$/, (n) => `不超过 ${n} 个字符的字符串`],
  [/^a string at least (\d+) character\(s\) long$/, (n) => `至少 ${n} 个字符的字符串`],
  [/^a non empty string$/, () => "非空字符串"],
  [/^an array of at least (\d+) item\(s\)$/, (n) => `至少 ${n} 项的数组`],
  [/^an array of at most (\d+) item\(s\)$/, (n) => `至多 ${n} 项的数组`],
  [/^ReadonlyArray<.*>$/, () => "数组"],
  [/^\{.*\}$/, () => "对象"]
]

const expectationZh = (text: string): string => {
  for (const [pattern, render] of expectationRules) {
    const m = pattern.exec(text)
    if (m) return render(...m.slice(1))
  }
  return text.split(" | ").length > 1 ? `以下之一：${text}` : text
}

const rules: ReadonlyArray<Rule> = [
  // Schema and request shape
  [/^is required$/, () => "必填"],
  [/^is required \(the staff identity\)$/, () => "必填（员工身份）"],
  [/^is invalid$/, () => "无效"],
  [/^is not valid JSON$/, () => "不是有效的 JSON"],
  [/^must be a JSON object$/, () => "必须是 JSON 对象"],
  [/^must be a JSON object \(or its JSON text\)$/, () => "必须是 JSON 对象（或其 JSON 文本）"],
  [/^larger than (.+)$/, (size) => `超过 ${size}`],
  [/^Expected (.+), actual (.*)$/s, (expected, actual) => `应为${expectationZh(expected)}，实际为 ${actual}`],
  [/^Unexpected key or index$/, () => "不允许的字段"],
  [/^must be an integer$/, () => "必须是整数"],
  [/^must be a whole number$/, () => "必须是整数"],
  [/^must be an integer from (\S+) to (\S+)$/, (a, b) => `必须是 ${a} 到 ${b} 的整数`],
  [/^must be a string$/, () => "必须是字符串"],
  [/^must not be empty$/, () => "不能为空"],
  [/^must not be negative$/, () => "不能为负数"],
  [/^must have at most (\d+) characters$/, (n) => `最多 ${n} 个字符`],
  [/^must have at least (\d+) characters$/, (n) => `至少 ${n} 个字符`],
  [/^is longer than (\d+) characters$/, (n) => `超过 ${n} 个字符`],
  [/^must not contain control characters$/, () => "不能包含控制字符"],
  [/^must contain at least (\d+) digits$/, (n) => `至少包含 ${n} 个数字`],
  [/^may contain only letters, digits, '_' and '-'$/, () => "只能包含字母、数字、'_' 和 '-'"],
  [/^may contain only letters, digits and _ \. @ -$/, () => "只能包含字母、数字和 _ . @ -"],
  [/^may contain only digits, spaces and \+ - \( \)$/, () => "只能包含数字、空格和 + - ( )"],
  [/^must be (\d+), (.+) or (\d+)$/, (a, b, c) => `必须是 ${a}、${b.replace(/, /g, "、")} 或 ${c}`],
  [/^must be 0 or 1 \(or true\/false\)$/, () => "必须是 0 或 1（或 true/false）"],
  [/^must be 1 or 0 \(是 or 否\)$/, () => "必须是 1 或 0（是或否）"],
  [/^must be an id \(a non-negative integer\), 0, empty or null$/, () => "必须是 id（非负整数）、0、空或 null"],
  [/^must be an id of \/api\/params$/, () => "必须是 /api/params 中的 id"],
  [/^must be one of:? (.+)$/, (list) => `必须是以下之一：${list}`],
  [/^must be one or more of (.+)$/, (list) => `必须是以下一项或多项：${list}`],
  [/^must be at least (\S+)$/, (n) => `不能小于 ${n}`],
  [/^must be at most (\S+)$/, (n) => `不能大于 ${n}`],
  [/^is larger than (\S+)$/, (n) => `大于 ${n}`],
  [/^has more than (\d+) decimals$/, (n) => `小数超过 ${n} 位`],
  [/^must be between (\S+) and (\S+)$/, (a, b) => `必须在 ${a} 到 ${b} 之间`],
  [
    /^must be a number like (\S+) \(no thousands separators, units or spaces\)$/,
    (e) => `必须是形如 ${e} 的数字（不带千位分隔符、单位或空格）`
  ],
  [
    /^must be a percentage from 0 to 100 with at most 4 decimals, e\.g\. (.+)$/,
    (e) => `必须是 0 到 100 的百分数，最多 4 位小数，例如 ${e}`
  ],
  [/^must be a file sent as multipart\/form-data$/, () => "必须是以 multipart/form-data 上传的文件"],
  // Periods and times
  [/^must not be before starttime$/, () => "不能早于 starttime"],
  [/^must not be before (\d{4}-\d{2}-\d{2})$/, (d) => `不能早于 ${d}`],
  [/^must not be more than a day in the future$/, () => "不能晚于当前时间一天以上"],
  // Accounts and passwords
  [/^is required for role (\d)$/, (r) => `角色 ${r} 必填`],
  [/^does not match newPwd$/, () => "与 newPwd 不一致"],
  [/^must differ from the current password$/, () => "不能与当前密码相同"],
  [
    /^is not the current password, or too many attempts: wait a few minutes$/,
    () => "当前密码不正确，或尝试次数过多：请几分钟后再试"
  ],
  [/^change your own password with password_modify$/, () => "修改自己的密码请使用 password_modify"],
  [/^you cannot delete yourself$/, () => "不能删除自己"],
  [/^the last bank admin cannot be deleted$/, () => "不能删除最后一位分行管理员"],
  [/^the last bank admin must keep role 1$/, () => "最后一位分行管理员必须保留角色 1"],
  [/^username (.+) is taken$/, (u) => `用户名 ${u} 已被使用`],
  [/^does not belong to the given sub-branch$/, () => "不属于所给的支行"],
  // Organisations
  [/^no such sub-branch$/, () => "支行不存在"],
  [/^no such outlet$/, () => "网点不存在"],
  [/^must differ from outletCode$/, () => "不能与 outletCode 相同"],
  [/^names another outlet than outletid \((.+)\)$/, (id) => `与 outletid（${id}）指向不同的网点`],
  [/^sub-branch (.+) is named (.+)$/, (code, name) => `支行 ${code} 的名称是 ${name}`],
  [/^organisation code (.+) is taken$/, (code) => `机构编号 ${code} 已被使用`],
  [/^codes used both as sub-branch and outlet: (.+)$/, (codes) => `既是支行又是网点的编号：${codes}`],
  [
    /^sub-branch (.+) still has (\d+) outlets and (\d+) users$/,
    (code, o, u) => `支行 ${code} 仍有 ${o} 个网点和 ${u} 个用户`
  ],
  [
    /^outlet (.+) still has (\d+) customers and (\d+) users: merge it into another outlet instead$/,
    (code, c, u) => `网点 ${code} 仍有 ${c} 个客户和 ${u} 个用户：请改为合并到其他网点`
  ],
  [/^customer (.+) belongs to unknown outlet (.+)$/, (c, o) => `客户 ${c} 所属网点 ${o} 不存在`],
  // Data, uploads, exports
  [/^no data yet$/, () => "尚无数据"],
  [/^must list at least one file id$/, () => "至少列出一个文件 id"],
  [/^file (.+) \((.+)\) was rejected and cannot be applied$/, (id, name) => `文件 ${id}（${name}）已被拒绝，不能应用`],
  [
    /^is required: the header row of (.+) matches no upload type \((.+)\)$/,
    (file, types) => `必填：${file} 的表头不属于任何上传类型（${types}）`
  ],
  [/^is not a known (.+) code$/, (what) => `不是已知的${what}编号`],
  [/^export type (\d+) is not available yet$/, (t) => `导出类型 ${t} 暂不可用`],
  [/^marketing record (.+) exists$/, (id) => `营销记录 ${id} 已存在`],
  [/^product id (.+) exists$/, (id) => `产品 id ${id} 已存在`],
  [/^an advisor-zone product with code (.+) already exists$/, (code) => `编号为 ${code} 的专区产品已存在`],
  [/^missing required columns: (.+)$/, (cols) => `缺少必需的列：${cols}`],
  [/^duplicate columns: (.+)$/, (cols) => `重复的列：${cols}`],
  [/^unknown columns: (.+)$/, (cols) => `未知的列：${cols}`],
  [
    /^([\d,]+) row errors?, the first: row (\d+)( \S+)? "(.*)": (.+)$/s,
    (count, row, column, value, reason) =>
      `共 ${count} 行有错误，第一处：第 ${row} 行${column ?? ""} "${value}"：${reasonZh(reason)}`
  ],
  // A reason that starts by naming its field ("branchName: …").
  [/^([A-Za-z][A-Za-z0-9_.]*): (.+)$/s, (field, rest) => `${field}：${reasonZh(rest)}`]
]

/** The reason in Chinese, part by part ("a; b"); parts no rule knows stay as they are. */
export const reasonZh = (reason: string): string =>
  reason
    .split("; ")
    .map((part) => {
      for (const [pattern, render] of rules) {
        const m = pattern.exec(part)
        if (m) return render(...m.slice(1).map((g) => g ?? ""))
      }
      return part
    })
    .join("；")
