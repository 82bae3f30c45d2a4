/**
 * Where an export's rows come from. Every type has a source: its columns, a check of `info` (and of the caller's
 * right) run when the task is created and again when it runs, and a reader answering the row count and the rows
 * as a stream of large chunks. Types over a list route read it in pages of CHUNK rows (the route's own handler,
 * in the requester's scope, past its 100-row page limit); the heavy lists and the designed types read their core
 * read model once and slice it, so an export never re-filters its whole selection per page.
 */
import type { Actor, DomainError } from "@wm/core"
import { Effect, Option, Stream } from "effect"
import type { ExportColumn, ListExport } from "./catalogue.js"
import { pageInput } from "./params.js"
import type { CellValue } from "./xlsxWriter.js"

/** Rows per chunk: large enough that reading costs little per row, small enough that memory stays flat. */
export const CHUNK = 5_000

export type ExportRow = Readonly<Record<string, CellValue>>

export interface RowSource {
  readonly total: number
  // biome-ignore lint/suspicious/noExplicitAny: sources read through any of the app's services
  readonly chunks: Stream.Stream<ReadonlyArray<ExportRow>, unknown, any>
}

export interface ExportSource {
  readonly columns: ReadonlyArray<ExportColumn>
  // biome-ignore lint/suspicious/noExplicitAny: checks read through any of the app's services
  readonly check: (actor: Actor, info: Record<string, unknown>) => Effect.Effect<unknown, DomainError, any>
  // biome-ignore lint/suspicious/noExplicitAny: sources read through any of the app's services
  readonly read: (actor: Actor, info: Record<string, unknown>) => Effect.Effect<RowSource, unknown, any>
}

/** A selection already in memory, mapped to rows one chunk at a time. */
export const sliced = <A>(items: ReadonlyArray<A>, row: (item: A) => ExportRow): RowSource => ({
  total: items.length,
  chunks: Stream.map(Stream.iterate(0, (at) => at + CHUNK).pipe(Stream.takeWhile((at) => at < items.length)), (at) =>
    items.slice(at, at + CHUNK).map(row)
  )
})

/** The route input with another page and count (paging was validated as page 1 of 100). */
const withPage = (input: { query: unknown; body: unknown }, page: number) => {
  const paged = (v: unknown) => (v === undefined ? v : { ...(v as object), page, count: CHUNK })
  return { query: paged(input.query), body: paged(input.body) }
}

/** A list route's rows, CHUNK at a time through its handler. */
export const routeSource = (spec: ListExport): ExportSource => ({
  columns: spec.columns,
  check: (_actor, info) => pageInput(spec, info, 1, 100),
  read: (actor, info) =>
    Effect.gen(function* () {
      const input = yield* pageInput(spec, info, 1, 100)
      const call = (page: number) =>
        Effect.map(
          spec.route.handle({
            ...withPage(input, page),
            actor,
            // The runner reads lists on the requester's behalf, not over a request.
            origin: { address: "unknown", https: false },
            staff: undefined,
            params: undefined,
            c: undefined as never,
            // Nothing is kept here.
            changesAt: () => {}
          }),
          (data) => data as Record<string, unknown>
        )
      const first = yield* call(1)
      const rowsOf = (data: Record<string, unknown>) => (data[spec.list] ?? []) as ReadonlyArray<ExportRow>
      const firstRows = rowsOf(first)
      const rest =
        firstRows.length < CHUNK
          ? Stream.empty
          : Stream.paginateEffect(2, (page: number) =>
              Effect.map(call(page), (data) => {
                const rows = rowsOf(data)
                return [rows, rows.length < CHUNK ? Option.none<number>() : Option.some(page + 1)] as const
              })
            )
      return {
        total: typeof first.total === "number" ? first.total : Number(first.total ?? 0),
        chunks: Stream.concat(Stream.succeed(firstRows), rest)
      }
    })
})
