/** The part of unzipper (a dependency of exceljs, without type declarations of its own) that readXlsx.ts uses. */
declare module "unzipper" {
  import type { Readable } from "node:stream"

  /** Where a zip's bytes come from: its size, and a stream from an offset (to the end, or `length` bytes). */
  export interface Source {
    size(): Promise<number>
    stream(offset: number, length?: number): Readable
  }

  export interface Entry {
    readonly path: string
    readonly type: "File" | "Directory"
    stream(): Readable
  }

  export const Open: {
    /** Reads the zip's central directory; each entry's stream reads its own bytes when asked. */
    custom(source: Source): Promise<{ readonly files: ReadonlyArray<Entry> }>
  }
}
