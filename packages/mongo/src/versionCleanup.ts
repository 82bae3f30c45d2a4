/**
 * Removing versions by dropping their collections (versionedCollections.ts): those above a version (an update
 * abandoned half-written), and those the active pointer no longer references (replaced snapshots, older
 * portraits). Event rows of versions at or below the active one are all kept: they are the history.
 */
import { type DatasetPointer, uploadSpecOf } from "@wm/core"
import { Effect } from "effect"
import type { Db } from "mongodb"
import { dropAll, type VersionedCollection, versionedCollections } from "./versionedCollections.js"

/** With `upTo`, only versions up to it: an update removes its own and abandoned ones, never a later holder's. */
export const discardAbove = (db: Db, version: number, upTo = Number.POSITIVE_INFINITY) => {
  const operation = `discard the data above version ${version}`
  return Effect.flatMap(versionedCollections(db, operation), (all) =>
    dropAll(
      db,
      operation,
      all.filter((c) => c.version > version && c.version <= upTo)
    )
  )
}

/** Versions above the active one may be being written: left alone. */
const unreferenced = (active: DatasetPointer) => (c: VersionedCollection) =>
  c.kind === "portraits"
    ? c.version < active.version
    : uploadSpecOf(c.type).kind !== "event" && c.version <= active.version && c.version !== active.snapshots[c.type]

export const collectGarbage = (db: Db, active: DatasetPointer) => {
  const operation = "remove data the active version no longer references"
  return Effect.flatMap(versionedCollections(db, operation), (all) =>
    dropAll(db, operation, all.filter(unreferenced(active)))
  )
}
