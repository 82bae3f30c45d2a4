/**
 * Id counters of the embedded store's records, kept as records themselves ("counters" collection), so a new
 * record and the counter that numbered it are written in one batch: a crash never reuses or skips an id.
 */
import { Effect } from "effect"
import type { StorageError } from "../Errors.js"
import { plainCodec, RecordTable, type TableChange } from "./RecordTable.js"

export class Counters {
  private constructor(private readonly table: RecordTable<number>) {}

  static load: Effect.Effect<Counters, StorageError, import("./RecordBacking.js").RecordBacking> = Effect.map(
    RecordTable.load("counters", plainCodec<number>()),
    (table) => new Counters(table)
  )

  /** The next id of `name` and the change that records it, to commit with the record it numbers. */
  next(name: string): readonly [number, TableChange] {
    const id = (this.table.get(name) ?? 0) + 1
    return [id, this.table.change(name, id)]
  }
}

/** A codec of an effect/Schema class: its fields as a plain object, and the class rebuilt from them. */
export const classCodec = <V extends object>(make: new (fields: never) => V) => ({
  encode: (value: V): unknown => ({ ...value }),
  decode: (data: unknown): V => new make(data as never)
})
