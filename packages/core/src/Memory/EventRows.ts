/**
 * The embedded store's event rows (交易流水, 理财交易): per version, parts of RowColumns in write order: parts
 * it filled from `writeRows`, and staged files' columns handed over whole (ColumnarDataset), never changed.
 *
 * Ten million transactions as objects took ~4 GB; as columns they take ~400 MB, and rows become objects
 * only chunk by chunk as a reader streams them, or page by page for one customer's list (CustomerLists).
 */
import { Chunk, Option, Stream } from "effect"
import { RowColumns } from "../Pipeline/RowColumns.js"
import type { UploadType } from "../Upload/UploadType.js"

const CHUNK = 4_096

/** The parts of one event type a pointer sees: by version, then in write order. */
export type Segments = ReadonlyArray<RowColumns>

export class EventRows {
  /** byVersion.get(v) = the parts written in version v. */
  readonly byVersion = new Map<number, Array<RowColumns>>()
  /** The parts this store filled itself; only those may grow. */
  private readonly owned = new WeakSet<RowColumns>()

  constructor(readonly type: UploadType) {}

  /** The part `writeRows` appends to: the version's last one if the store owns it, else a new one. */
  writable(version: number): RowColumns {
    const parts = this.partsOf(version)
    const last = parts[parts.length - 1]
    if (last !== undefined && this.owned.has(last)) return last
    const rows = new RowColumns(this.type)
    this.owned.add(rows)
    parts.push(rows)
    return rows
  }

  adopt(version: number, rows: RowColumns): void {
    if (rows.length > 0) this.partsOf(version).push(rows)
  }

  upTo(version: number): Segments {
    return [...this.byVersion.keys()]
      .filter((v) => v <= version)
      .sort((a, b) => a - b)
      .flatMap((v) => this.byVersion.get(v)!)
  }

  private partsOf(version: number): Array<RowColumns> {
    const parts = this.byVersion.get(version) ?? []
    this.byVersion.set(version, parts)
    return parts
  }
}

/** The rows of the segments, as long as they are now, as a stream of chunks of plain objects. */
export const streamSegments = <A>(segments: Segments): Stream.Stream<A> => {
  const lengths = segments.map((rows) => rows.length)
  return Stream.unfoldChunk({ s: 0, i: 0 }, ({ s, i }) => {
    let [segment, at] = [s, i]
    while (segment < segments.length && at >= lengths[segment]!) [segment, at] = [segment + 1, 0]
    if (segment === segments.length) return Option.none()
    const rows = segments[segment]!.slice(at, Math.min(at + CHUNK, lengths[segment]!)) as Array<A>
    return Option.some([Chunk.unsafeFromArray(rows), { s: segment, i: at + rows.length }] as const)
  })
}
