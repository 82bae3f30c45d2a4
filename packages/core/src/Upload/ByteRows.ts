/**
 * A CSV record's row decoded from its bytes (ByteCells), when the file's header and the record are plain:
 * every column of the type present, no unnamed header cell, as many fields as the header, none quoted.
 * Answers SLOW whenever the text path (RowCells) must decode the row and report what is wrong with it.
 */
import { type ByteDecoder, byteDecoder, SLOW } from "./ByteCells.js"
import type { CsvRecord } from "./CsvRecord.js"
import type { HeaderLayout } from "./Header.js"
import type { Fields, UploadSpec } from "./Spec.js"
import type { References } from "./UploadType.js"

export { SLOW }

export type ByteRow = (record: CsvRecord) => Record<string, unknown> | typeof SLOW

/** The decoder of rows, or undefined when this header sends every row down the text path. */
export const makeByteRow = (
  spec: UploadSpec<Fields>,
  header: ReadonlyArray<string>,
  layout: HeaderLayout,
  references: References
): ByteRow | undefined => {
  if (!layout.usable || layout.fileErrors.length > 0 || layout.headed.some((named) => !named)) return undefined
  const names = Object.keys(spec.columns)
  const positions = layout.positions
  const decoders: Array<ByteDecoder | undefined> = names.map((name, i) => {
    const set = spec.references[name]
    return positions[i]! < 0
      ? undefined
      : byteDecoder(spec.columns[name]!, set === undefined ? undefined : references[set])
  })
  const width = header.length
  return (record) => {
    if (record.quoted || record.count !== width) return SLOW
    const { bytes, starts, ends } = record
    const values: Record<string, unknown> = {}
    for (let i = 0; i < names.length; i++) {
      const decode = decoders[i]
      if (decode === undefined) {
        values[names[i]!] = null
        continue
      }
      const p = positions[i]!
      const value = decode(bytes, starts[p]!, ends[p]!)
      if (value === SLOW) return SLOW
      values[names[i]!] = value
    }
    return values
  }
}
