/** A trade_flow upload big enough for an apply to last a while (crash and multi-instance tests). */

/** `count` trade_flow rows over C1–C3 in 2026, balances consistent per account. */
export const largeTradeFlow = (count: number) => {
  const lines = ["companyCode,accountNo,tradeTime,direction,amount,balance,counterpartyBank,channel"]
  const balance = [0, 0, 0]
  const start = Date.UTC(2026, 0, 1)
  for (let i = 0; i < count; i++) {
    const c = i % 3
    const amount = 1 + (i % 97)
    const direction = i % 4 === 3 ? "借" : "贷"
    balance[c]! += direction === "贷" ? amount : -amount
    const time = new Date(start + Math.floor((i * 86_400_000 * 30) / count))
      .toISOString()
      .slice(0, 19)
      .replace("T", " ")
    lines.push(`C${c + 1},A00${c + 1},${time},${direction},${amount},${balance[c]},OTHER,网银`)
  }
  return lines.join("\n")
}
