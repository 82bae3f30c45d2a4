/**
 * One collection of a RecordBacking held in memory: reads are Map lookups, writes go through the backing first
 * and reach the Map only once the backing took them, so a failed write leaves the table as it was.
 *
 * Several tables change together with `commit` (one backing batch: all or none), e.g. a record and the counter
 * that numbered it.
 */
import { Effect } from "effect"
import type { StorageError } from "../Errors.js"
import { RecordBacking } from "./RecordBacking.js"

/** How a record becomes JSON-safe data and back (e.g. Schema.encodeSync / decodeUnknownSync of its class). */
export interface RecordCodec<V> {
  readonly encode: (value: V) => unknown
  readonly decode: (data: unknown) => V
}

/** Plain JSON-safe records (interfaces of strings, numbers, booleans, nulls, arrays) need no codec. */
export const plainCodec = <V>(): RecordCodec<V> => ({ encode: (v) => v, decode: (d) => d as V })

export class RecordTable<V> {
  private constructor(
    private readonly backing: RecordBacking["Type"],
    readonly collection: string,
    private readonly codec: RecordCodec<V>,
    private readonly rows: Map<string, V>
  ) {}

  /** The collection as the backing holds it now. */
  static load<V>(
    collection: string,
    codec: RecordCodec<V>
  ): Effect.Effect<RecordTable<V>, StorageError, RecordBacking> {
    return Effect.gen(function* () {
      const backing = yield* RecordBacking
      const stored = yield* backing.load(collection)
      const rows = new Map<string, V>()
      for (const [key, data] of stored) rows.set(key, codec.decode(data))
      return new RecordTable(backing, collection, codec, rows)
    })
  }

  /** Counts applied writes: a value computed from the rows stays right while this is unchanged. */
  get revision(): number {
    return this.changes
  }
  private changes = 0

  get size(): number {
    return this.rows.size
  }
  get(key: string): V | undefined {
    return this.rows.get(key)
  }
  has(key: string): boolean {
    return this.rows.has(key)
  }
  values(): IterableIterator<V> {
    return this.rows.values()
  }
  entries(): IterableIterator<[string, V]> {
    return this.rows.entries()
  }

  /** A write of this table for `commit`; `undefined` deletes. */
  change(key: string, value: V | undefined): TableChange {
    return { table: this as RecordTable<unknown>, key, value }
  }

  put(key: string, value: V): Effect.Effect<void, StorageError> {
    return commit([this.change(key, value)])
  }
  remove(key: string): Effect.Effect<void, StorageError> {
    return commit([this.change(key, undefined)])
  }
  /** Several writes of this table in one batch. */
  putAll(entries: Iterable<readonly [string, V | undefined]>): Effect.Effect<void, StorageError> {
    return commit([...entries].map(([key, value]) => this.change(key, value)))
  }

  /** @internal */
  static apply(changes: ReadonlyArray<TableChange>): Effect.Effect<void, StorageError> {
    if (changes.length === 0) return Effect.void
    const backing = changes[0]!.table.backing
    return Effect.suspend(() =>
      backing.write(
        changes.map(({ table, key, value }) => ({
          collection: table.collection,
          key,
          value: value === undefined ? undefined : table.codec.encode(value)
        }))
      )
    ).pipe(
      Effect.tap(() =>
        Effect.sync(() => {
          for (const { table, key, value } of changes) {
            if (value === undefined) table.rows.delete(key)
            else table.rows.set(key, value)
            table.changes++
          }
        })
      )
    )
  }
}

export interface TableChange {
  readonly table: RecordTable<unknown>
  readonly key: string
  readonly value: unknown
}

/** Applies writes of one or more tables of the same backing in one batch: all or none. */
export const commit = (changes: ReadonlyArray<TableChange>): Effect.Effect<void, StorageError> =>
  RecordTable.apply(changes)
