/**
 * Amounts of the statistics: integers of 10⁻⁶ 万元 (the upload's precision), summed exactly and rounded once.
 */
import type { UploadRow } from "../Upload/Specs.js"

export const toMicro = (wan: number): number => Math.round(wan * 1e6)
/** 万元 with two decimals, from 10⁻⁶ 万元. */
export const wanOfMicro = (micro: number): number => Math.round(micro / 1e4) / 100

export const isPurchase = (t: UploadRow<"financial_trade">): boolean =>
  t.businessType === "认购" || t.businessType === "申购"

export const addTo = (map: Map<string, number>, key: string, micro: number) => map.set(key, (map.get(key) ?? 0) + micro)
