/**
 * The demo bank's fixed organisation: five sub-branches (支行) with sixteen outlets (网点). It does not
 * depend on the seed, so the demo staff accounts can name their sub-branch and outlet as constants.
 */
import type { Outlet } from "./types.js"

const TREE: ReadonlyArray<readonly [string, ReadonlyArray<string>]> = [
  ["城东支行", ["城东支行营业部", "解放路网点", "庆春路网点", "新塘路网点"]],
  ["城西支行", ["城西支行营业部", "文三路网点", "古墩路网点"]],
  ["城北支行", ["城北支行营业部", "上塘路网点", "石桥路网点"]],
  ["高新支行", ["高新支行营业部", "江南大道网点", "创业路网点", "科技园网点"]],
  ["开发区支行", ["开发区支行营业部", "工业大道网点"]]
]

const code2 = (n: number): string => String(n).padStart(2, "0")

export const OUTLETS: ReadonlyArray<Outlet> = TREE.flatMap(([branchName, outlets], b) =>
  outlets.map((outletName, o) => ({
    branchCode: `B${code2(b + 1)}`,
    branchName,
    outletCode: `B${code2(b + 1)}O${code2(o + 1)}`,
    outletName,
    branchNo: b + 1,
    outletNo: o + 1
  }))
)

export const firstOutlet: Outlet = OUTLETS[0]!
