/**
 * rank, branchRank, outletRank and level of one figure kind (e.g. borrow monthBalance) across customers.
 *
 * Competition ranking ("1224"), descending by key, among the N customers having the figure; level is the
 * bank-wide quintile min(5, floor((rank − 1) × 5 / N) + 1). Keys are the figure's average rounded to the fen,
 * i.e. the value the user sees: two customers showing the same average share a rank. One sort per kind; the
 * sub-branch and outlet ranks fall out of the same descending walk with per-group counters.
 */

export interface MutableStanding {
  rank: number
  branchRank: number
  outletRank: number
  level: number
}

interface GroupRanks {
  readonly seen: Int32Array
  readonly lastKey: Float64Array
  readonly lastRank: Int32Array
}

const groupRanks = (groups: number): GroupRanks => ({
  seen: new Int32Array(groups),
  lastKey: new Float64Array(groups).fill(Number.NaN),
  lastRank: new Int32Array(groups)
})

/** Competition rank of `key` as the next (not larger) key of group g. */
const nextRank = (r: GroupRanks, g: number, key: number): number => {
  const position = ++r.seen[g]!
  if (key !== r.lastKey[g]) {
    r.lastKey[g] = key
    r.lastRank[g] = position
  }
  return r.lastRank[g]!
}

export class RankTable {
  private readonly keys: Float64Array
  private readonly figures: Array<MutableStanding | null>

  constructor(companyCount: number) {
    this.keys = new Float64Array(companyCount)
    this.figures = new Array<MutableStanding | null>(companyCount).fill(null)
  }

  /** Registers company c's figure with its key (fen, already rounded). */
  set(company: number, key: number, figure: MutableStanding): void {
    this.keys[company] = key
    this.figures[company] = figure
  }

  assign(branchOf: Int32Array, branchCount: number, outletOf: Int32Array, outletCount: number): void {
    const present: Array<number> = []
    for (let c = 0; c < this.figures.length; c++) if (this.figures[c] !== null) present.push(c)
    const keys = this.keys
    present.sort((a, b) => keys[b]! - keys[a]! || a - b)
    const n = present.length
    const bank = groupRanks(1)
    const branch = groupRanks(branchCount)
    const outlet = groupRanks(outletCount)
    for (const c of present) {
      const figure = this.figures[c]!
      const key = keys[c]!
      figure.rank = nextRank(bank, 0, key)
      figure.branchRank = nextRank(branch, branchOf[c]!, key)
      figure.outletRank = nextRank(outlet, outletOf[c]!, key)
      figure.level = Math.min(5, Math.floor(((figure.rank - 1) * 5) / n) + 1)
    }
  }
}
