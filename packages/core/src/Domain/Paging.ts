/**
 * Paging as the API does it: `page` from 1, `count` per page (default 10, at most 100), `total` of all rows.
 */
import { Schema } from "effect"

export const PageNumber = Schema.Int.pipe(Schema.greaterThanOrEqualTo(1), Schema.lessThanOrEqualTo(1_000_000))
export const PageSize = Schema.Int.pipe(Schema.between(1, 100))

export interface PageRequest {
  readonly page: number
  readonly count: number
}

export interface Paged<A> {
  readonly total: number
  readonly items: ReadonlyArray<A>
}

export const defaultPage: PageRequest = { page: 1, count: 10 }

/** Slice an already ordered list; used by the in-memory store and by services paging computed lists. */
export const paginate = <A>(all: ReadonlyArray<A>, { page, count }: PageRequest): Paged<A> => ({
  total: all.length,
  items: all.slice((page - 1) * count, page * count)
})
