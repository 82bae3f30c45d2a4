/**
 * One customer's event rows in the embedded store, for the per-customer trade lists (tradesOf): the rows are
 * named by their place in the visible parts, grouped by customer once, sorted per customer when first read,
 * filtered and paged; only the rows of the page become objects.
 */
import type { TradeFilter } from "../Data/DatasetRepo.js"
import { paginate } from "../Domain/Paging.js"
import type { Segments } from "./EventRows.js"

/** Rows of the segments by one number, their place in the concatenation: small integers, no objects. */
class Places {
  private readonly starts: Array<number> = []
  constructor(readonly segments: Segments) {
    let start = 0
    for (const rows of segments) {
      this.starts.push(start)
      start += rows.length
    }
  }
  segment(place: number): number {
    let s = this.starts.length - 1
    while (this.starts[s]! > place) s--
    return s
  }
  value(place: number, name: string): unknown {
    const s = this.segment(place)
    return this.segments[s]!.value(name, place - this.starts[s]!)
  }
  time(place: number): number {
    const s = this.segment(place)
    return this.segments[s]!.number("tradeTime", place - this.starts[s]!)
  }
  row<A>(place: number): A {
    const s = this.segment(place)
    return this.segments[s]!.row(place - this.starts[s]!) as A
  }
}

/**
 * Per-customer lists of places, newest first: by trade time descending, later-written first among equal
 * times (a higher place is later-written). Grouped in one pass when first asked for, and kept until the next
 * write; a customer's list is sorted the first time it is read, so no request waits for all customers' sorts.
 */
export class CustomerLists {
  readonly places: Places
  private readonly lists = new Map<unknown, Array<number>>()
  private readonly sorted = new Set<unknown>()

  constructor(segments: Segments) {
    this.places = new Places(segments)
    let place = 0
    for (const rows of segments) {
      const company = rows.columnNamed("companyCode")
      for (let index = 0; index < rows.length; index++, place++) {
        const code = company?.get(index)
        const list = this.lists.get(code)
        if (list === undefined) this.lists.set(code, [place])
        else list.push(place)
      }
    }
  }

  listOf(code: string): ReadonlyArray<number> {
    const list = this.lists.get(code)
    if (list === undefined) return []
    if (this.sorted.has(code)) return list
    const places = this.places
    const text = (p: number) => (places.value(p, "tradeTime") ?? "") as string
    const times = new Map(list.map((p) => [p, places.time(p)]))
    list.sort((a, b) => {
      const [ta, tb] = [times.get(a)!, times.get(b)!]
      // Canonical times order as their numbers; a time kept aside as given orders as text, as the port says.
      const order =
        Number.isNaN(ta) || Number.isNaN(tb) ? (text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0) : ta - tb
      return order !== 0 ? -order : b - a
    })
    this.sorted.add(code)
    return list
  }
}

/** One page of a customer's list, filtered as TradeFilter says; only the page's rows become objects. */
export const pageOf = <A>(
  { places }: CustomerLists,
  list: ReadonlyArray<number>,
  page: { page: number; count: number },
  filter: TradeFilter | undefined,
  upTo: string | undefined
) => {
  const keep = (p: number) => {
    const time = (places.value(p, "tradeTime") ?? "") as string
    const direction = places.value(p, "direction")
    return (
      (filter?.from === undefined || time >= filter.from) &&
      (upTo === undefined || time <= upTo) &&
      (filter?.direction === undefined || direction === undefined || direction === filter.direction)
    )
  }
  const { total, items } = paginate(filter === undefined ? list : list.filter(keep), page)
  return { total, items: items.map((p) => places.row<A>(p)) }
}
