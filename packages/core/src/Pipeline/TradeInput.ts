/**
 * The recompute's input from the visible transactions (交易流水): the portrait engine's TradeColumns and each
 * customer's channel counts (交易渠道, for the channel preference).
 *
 * From a store with the columnar capability the stored typed arrays are read directly: a trade time is
 * already epoch ms and a customer, direction or bank is looked up once per dictionary entry, not per row.
 * Other stores stream row objects chunk by chunk. Both paths give the same result row for row.
 */
import { Effect, Stream } from "effect"
import type { DatasetPointer } from "../Data/DatasetPointer.js"
import { DatasetRepo } from "../Data/DatasetRepo.js"
import { appendTradeRow, BORROW, LEND, makeTradeColumnsBuilder, type TradeColumns } from "../Portrait/TradeColumns.js"
import type { UploadRow } from "../Upload/Specs.js"
import { columnarOf } from "./ColumnarDataset.js"
import type { RowColumns } from "./RowColumns.js"
import { BLOCK_BITS, MASK } from "./StoredColumn.js"

export interface TradeInput {
  readonly trades: TradeColumns
  /** Per customer index: how often each channel was used; undefined when never. */
  readonly channelCounts: ReadonlyArray<Map<string, number> | undefined>
}

/** `indexOf` gives each customer code its index among `customers` customers. */
export const readTradeInput = (
  pointer: DatasetPointer,
  customers: number,
  indexOf: ReadonlyMap<string, number>,
  ourBankCodes: ReadonlyArray<string>
) =>
  Effect.gen(function* () {
    const data = yield* DatasetRepo
    const trades = makeTradeColumnsBuilder(1 << 16)
    const channelCounts: Array<Map<string, number> | undefined> = new Array(customers)
    const count = (company: number, channel: string | null | undefined) => {
      if (channel === null || channel === undefined || channel === "") return
      const counts = channelCounts[company]
      if (counts === undefined) channelCounts[company] = new Map([[channel, 1]])
      else counts.set(channel, (counts.get(channel) ?? 0) + 1)
    }
    const addRow = (row: UploadRow<"trade_flow">) => {
      const company = indexOf.get(row.companyCode)
      // Transactions of customers no longer in the customer file stay stored but get no portrait.
      if (company === undefined) return
      appendTradeRow(trades, company, row, ourBankCodes)
      count(company, row.channel)
    }
    const columnar = columnarOf(data)
    if (columnar === undefined) {
      // Chunk by chunk: an effect per row would cost more than the whole portrait computation.
      yield* data.readRows(pointer, "trade_flow").pipe(
        Stream.runForEachChunk((chunk) =>
          Effect.sync(() => {
            for (const row of chunk) addRow(row)
          })
        )
      )
    } else {
      for (const part of columnar.columnsOf(pointer, "trade_flow")) addColumns(part as RowColumns<"trade_flow">)
    }
    return { trades: trades.build(), channelCounts } satisfies TradeInput

    function addColumns(part: RowColumns<"trade_flow">) {
      const column = (name: string) => part.columnNamed(name)!
      const [company, account, time, direction, amount, balance, bank, channel] = [
        column("companyCode"),
        column("accountNo"),
        column("tradeTime"),
        column("direction"),
        column("amount"),
        column("balance"),
        column("counterpartyBank"),
        column("channel")
      ]
      const customerOf = company.texts.map((code) => indexOf.get(code) ?? -1)
      const directionOf = direction.texts.map((d) => (d === "借" ? BORROW : d === "贷" ? LEND : -1))
      const inBankOf = bank.texts.map((b) => b === "" || ourBankCodes.includes(b))
      const accountOf = account.texts.map((no) => trades.accountId(no))
      for (let i = 0; i < part.length; i++) {
        const [block, at] = [i >>> BLOCK_BITS, i & MASK]
        const [c, acc, d, b, ch] = [
          company.blocks[block]![at]!,
          account.blocks[block]![at]!,
          direction.blocks[block]![at]!,
          bank.blocks[block]![at]!,
          channel.blocks[block]![at]!
        ]
        const [t, a, bal] = [time.blocks[block]![at]!, amount.blocks[block]![at]!, balance.blocks[block]![at]!]
        // Anything unusual (a value kept aside, a bad direction, a missing number) takes the row path.
        if (c < 0 || acc < 0 || b < -1 || ch < -1 || d < 0 || directionOf[d]! < 0 || !Number.isFinite(t + a + bal)) {
          addRow(part.row(i))
          continue
        }
        const customer = customerOf[c]!
        if (customer < 0) continue
        trades.push(customer, t, directionOf[d]!, a, bal, b === -1 || inBankOf[b]!, accountOf[acc]!)
        if (ch >= 0) count(customer, channel.texts[ch])
      }
    }
  })
