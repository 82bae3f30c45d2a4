/**
 * In-memory DatasetRepo: the reference behaviour for the port. Versions are kept side by side; the active
 * pointer is one reference, replaced in one assignment.
 */
import { Chunk, Effect, Option, Stream } from "effect"
import type { DatasetPointer } from "../Data/DatasetPointer.js"
import type { DatasetRepo } from "../Data/DatasetRepo.js"
import type { StoredPortrait } from "../Data/StoredPortrait.js"
import { paginate } from "../Domain/Paging.js"
import { uploadSpecOf } from "../Upload/Specs.js"
import type { UploadType } from "../Upload/UploadType.js"
import { byCodeUnits, containsKeyword } from "./matching.js"

type Rows = Array<unknown>

export const makeMemoryDatasetRepo = (): DatasetRepo["Type"] => {
  let active: DatasetPointer | undefined
  let highest = 0
  /** rows.get(type).get(version) = the rows of that type written in that version. */
  const rows = new Map<UploadType, Map<number, Rows>>()
  const portraits = new Map<number, Map<string, StoredPortrait>>()

  const versionsOf = (type: UploadType) => {
    const byVersion = rows.get(type) ?? new Map<number, Rows>()
    rows.set(type, byVersion)
    return byVersion
  }

  const visible = (pointer: DatasetPointer, type: UploadType): Rows => {
    const byVersion = versionsOf(type)
    if (uploadSpecOf(type).kind === "snapshot") {
      const v = pointer.snapshots[type]
      return v === undefined ? [] : (byVersion.get(v) ?? [])
    }
    return [...byVersion.keys()]
      .filter((v) => v <= pointer.version)
      .sort((a, b) => a - b)
      .flatMap((v) => byVersion.get(v) ?? [])
  }

  return {
    pointer: () => Effect.sync(() => Option.fromNullable(active)),
    reserveVersion: () => Effect.sync(() => ++highest),
    discardAbove: (version) =>
      Effect.sync(() => {
        for (const byVersion of rows.values())
          for (const v of [...byVersion.keys()]) if (v > version) byVersion.delete(v)
        for (const v of [...portraits.keys()]) if (v > version) portraits.delete(v)
      }),
    writeRows: (version, type, batch) =>
      Effect.sync(() => {
        const byVersion = versionsOf(type)
        const list = byVersion.get(version) ?? []
        for (const row of batch) list.push(row)
        byVersion.set(version, list)
      }),
    readRows: (pointer, type) =>
      Stream.suspend(() => Stream.fromChunk(Chunk.unsafeFromArray(visible(pointer, type) as never))),
    writePortraits: (version, list) =>
      Effect.sync(() => {
        const byCode = portraits.get(version) ?? new Map<string, StoredPortrait>()
        for (const p of list) byCode.set(p.code, p)
        portraits.set(version, byCode)
      }),
    activate: (pointer) =>
      Effect.sync(() => {
        active = pointer
      }),
    collectGarbage: (pointer) =>
      Effect.sync(() => {
        for (const [type, byVersion] of rows) {
          if (uploadSpecOf(type).kind !== "snapshot") continue
          for (const v of [...byVersion.keys()])
            if (v !== pointer.snapshots[type] && v <= pointer.version) byVersion.delete(v)
        }
        for (const v of [...portraits.keys()]) if (v < pointer.version) portraits.delete(v)
      }),
    portrait: (version, code) => Effect.sync(() => Option.fromNullable(portraits.get(version)?.get(code))),
    searchPortraits: (version, filter, page) =>
      Effect.sync(() =>
        paginate(
          [...(portraits.get(version)?.values() ?? [])]
            .filter(
              (p) =>
                (filter.branchCode === undefined || p.branchCode === filter.branchCode) &&
                (filter.outletCode === undefined || p.outletCode === filter.outletCode) &&
                containsKeyword(filter.keyword, p.code, p.name)
            )
            .sort((a, b) => byCodeUnits(a.code, b.code)),
          page
        )
      )
  }
}
