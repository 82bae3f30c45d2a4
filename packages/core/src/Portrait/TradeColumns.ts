/**
 * Account transactions (交易流水) in columnar form, the portrait engine's input.
 *
 * Ten million row objects would cost gigabytes and GC pauses; seven typed arrays cost 34 bytes a row. The
 * array index is the upload order, which breaks ties between equal trade times (DOMAIN.md §3).
 */
import { parseTradeTime } from "./Calendar.js"

/** 借: debit, money going out of the customer's account. */
export const BORROW = 0
/** 贷: credit, money coming in. */
export const LEND = 1

export interface TradeColumns {
  readonly length: number
  /** Index into `PortraitInput.companies`. */
  readonly company: Int32Array
  /** Trade time as epoch ms of the UTC wall clock of 'YYYY-MM-DD HH:mm:ss'. */
  readonly time: Float64Array
  /** 0 = borrow 借, 1 = lend 贷. */
  readonly direction: Uint8Array
  /** Yuan; money is read to the fen (two decimals). */
  readonly amount: Float64Array
  /** Yuan, the account's balance right after the transaction. */
  readonly balance: Float64Array
  /** 1 when the counterparty bank is empty or our bank. */
  readonly inBank: Uint8Array
  /**
   * The account (accountNo) as a small non-negative id: rows of one company with equal ids are one account.
   * A customer's balance is the sum of its accounts' balances (DOMAIN.md §3).
   */
  readonly account: Int32Array
}

/** A growable TradeColumns: push rows one by one, then `build()` once or several times. */
export interface TradeColumnsBuilder {
  readonly length: number
  /** `account` is an id from `accountId` (0 when every company has a single account). */
  push(
    company: number,
    time: number,
    direction: number,
    amount: number,
    balance: number,
    inBank: boolean,
    account?: number
  ): void
  /** The dense id of an account number, the same for the same text. */
  accountId(accountNo: string): number
  /** Views over the rows pushed so far; later pushes never rewrite them, so earlier builds stay valid. */
  build(): TradeColumns
}

export const makeTradeColumnsBuilder = (initialCapacity = 1024): TradeColumnsBuilder => {
  let capacity = Math.max(16, initialCapacity)
  let length = 0
  let company = new Int32Array(capacity)
  let time = new Float64Array(capacity)
  let direction = new Uint8Array(capacity)
  let amount = new Float64Array(capacity)
  let balance = new Float64Array(capacity)
  let inBank = new Uint8Array(capacity)
  let account = new Int32Array(capacity)
  const accountIds = new Map<string, number>()
  // Doubling keeps pushes amortised O(1); old buffers stay alive only while an earlier build holds them.
  const grow = <A extends Int32Array | Float64Array | Uint8Array>(old: A, make: (n: number) => A): A => {
    const next = make(capacity)
    next.set(old)
    return next
  }
  return {
    get length() {
      return length
    },
    accountId(accountNo) {
      let id = accountIds.get(accountNo)
      if (id === undefined) {
        id = accountIds.size
        accountIds.set(accountNo, id)
      }
      return id
    },
    push(c, t, d, a, b, inside, acc = 0) {
      if (length === capacity) {
        capacity *= 2
        company = grow(company, (n) => new Int32Array(n))
        time = grow(time, (n) => new Float64Array(n))
        direction = grow(direction, (n) => new Uint8Array(n))
        amount = grow(amount, (n) => new Float64Array(n))
        balance = grow(balance, (n) => new Float64Array(n))
        inBank = grow(inBank, (n) => new Uint8Array(n))
        account = grow(account, (n) => new Int32Array(n))
      }
      company[length] = c
      time[length] = t
      direction[length] = d
      amount[length] = a
      balance[length] = b
      inBank[length] = inside ? 1 : 0
      account[length] = acc
      length++
    },
    build: () => ({
      length,
      company: company.subarray(0, length),
      time: time.subarray(0, length),
      direction: direction.subarray(0, length),
      amount: amount.subarray(0, length),
      balance: balance.subarray(0, length),
      inBank: inBank.subarray(0, length),
      account: account.subarray(0, length)
    })
  }
}

/** One `trade_flow` row as the upload file spells it. */
export interface TradeRow {
  readonly accountNo: string
  readonly tradeTime: string
  readonly direction: string
  readonly amount: number
  readonly balance: number
  readonly counterpartyBank: string | null | undefined
}

/**
 * Appends one row; false (nothing appended) when its time, direction or money is unreadable, so the caller
 * can report the row. An empty counterparty bank, or one of `ourBankCodes`, counts as in-bank (行内).
 */
export const appendTradeRow = (
  builder: TradeColumnsBuilder,
  company: number,
  row: TradeRow,
  ourBankCodes: ReadonlyArray<string>
): boolean => {
  const time = parseTradeTime(row.tradeTime)
  const direction = row.direction === "借" ? BORROW : row.direction === "贷" ? LEND : -1
  if (Number.isNaN(time) || direction < 0 || !Number.isFinite(row.amount) || !Number.isFinite(row.balance)) {
    return false
  }
  const bank = row.counterpartyBank ?? ""
  const inBank = bank === "" || ourBankCodes.includes(bank)
  builder.push(company, time, direction, row.amount, row.balance, inBank, builder.accountId(row.accountNo))
  return true
}
