/**
 * The description of one upload type: its columns in file order, its natural key, the codes its rows
 * reference, and the rules that involve more than one cell. The row schema and the validator both read it.
 */
import type { Column, ColumnValue } from "./Cell.js"
import type { ReferenceSet, UploadKind, UploadType } from "./UploadType.js"

// biome-ignore lint/suspicious/noExplicitAny: a column's value type is invariant (parsed and formatted), so a heterogeneous record of columns needs `any`
export type Fields = Readonly<Record<string, Column<any, boolean>>>

export type RowOf<F extends Fields> = { readonly [K in keyof F]: ColumnValue<F[K]> }

/** A rule over several cells of one row; the failure is reported on `column`. */
export interface RowRule<F extends Fields> {
  readonly column: keyof F & string
  /** The columns read; the rule runs only when all of them decoded. */
  readonly uses: ReadonlyArray<keyof F & string>
  readonly check: (row: RowOf<F>) => string | undefined
}

export interface UploadSpec<F extends Fields = Fields> {
  readonly type: UploadType
  /** The type's name in the bank's words. */
  readonly label: string
  readonly kind: UploadKind
  /** In file order; a file may order its columns freely. */
  readonly columns: F
  /** The columns that identify a row: unique within a file, and the de-duplication key of event types. */
  readonly naturalKey: ReadonlyArray<keyof F & string>
  /** Which code set each referencing column must be found in. */
  readonly references: { readonly [K in keyof F & string]?: ReferenceSet }
  /** The code set this type's files add codes to, and the column that holds them. */
  readonly defines?: { readonly column: keyof F & string; readonly set: ReferenceSet }
  readonly rules: ReadonlyArray<RowRule<F>>
  /** Pairs [a, b]: rows of one file with the same a must have the same b (one name per sub-branch code). */
  readonly consistent: ReadonlyArray<readonly [keyof F & string, keyof F & string]>
}

/** Declares a spec; the identity function ties the key, references and rules to the columns. */
export const defineSpec = <const F extends Fields>(
  spec: Omit<UploadSpec<F>, "rules" | "consistent"> & {
    readonly rules?: ReadonlyArray<RowRule<F>>
    readonly consistent?: ReadonlyArray<readonly [keyof F & string, keyof F & string]>
  }
): UploadSpec<F> => ({ rules: [], consistent: [], ...spec })

/** `later` must not be before `earlier` (both ISO dates, which order as text); skipped when one is empty. */
export const notBefore = <F extends Fields>(later: keyof F & string, earlier: keyof F & string): RowRule<F> => ({
  column: later,
  uses: [later, earlier],
  check: (row) => {
    const a = row[earlier] as string | null
    const b = row[later] as string | null
    return a !== null && b !== null && b < a ? `must not be before ${earlier} (${a})` : undefined
  }
})
