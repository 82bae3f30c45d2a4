/**
 * The form of the dataset's bulky values in the database: JSON text, deflated, as one binary field.
 *
 * Why: FerretDB v1 converts a document between its JSON storage and BSON at ~15 MB/s, and an _id lookup costs
 * the bytes of its whole collection (see versionedCollections.ts). Deflated, a batch of upload rows is a sixth
 * of its JSON, so reading, writing and looking up are several times faster; deflate level 1 costs ~9 ms per
 * megabyte. MongoDB stores and returns the field as it is.
 */
import { deflateRawSync, inflateRawSync } from "node:zlib"
import { Binary } from "mongodb"

/** A JSON text, packed. */
export const packJson = (json: string): Binary => new Binary(deflateRawSync(Buffer.from(json, "utf8"), { level: 1 }))

/** A value as packed JSON. */
export const pack = (value: unknown): Binary => packJson(JSON.stringify(value))

/** The value a packed field holds; throws on anything else (the callers turn that into a StorageError). */
export const unpack = (field: unknown): unknown => {
  if (!(field instanceof Binary)) throw new Error("not a packed value")
  return JSON.parse(inflateRawSync(field.buffer.subarray(0, field.position)).toString("utf8"))
}
