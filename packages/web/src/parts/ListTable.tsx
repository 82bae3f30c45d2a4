/**
 * The lists' building blocks: a table of one row per item with named columns (money right-aligned), a customer's
 * name that opens its portrait, and the pager under a list of more than one page.
 */
import type { ReactNode } from "react"

export interface Column<T> {
  readonly title: string
  /** Right-aligned, as figures are. */
  readonly numeric?: boolean
  readonly cell: (row: T) => ReactNode
}

export const ListTable = <T,>(props: {
  readonly label?: string
  readonly columns: ReadonlyArray<Column<T>>
  readonly rows: ReadonlyArray<T>
  readonly rowKey: (row: T) => string
}) => (
  <div className="table-wrap">
    <table aria-label={props.label}>
      <thead>
        <tr>
          {props.columns.map((c) => (
            <th key={c.title} className={c.numeric ? "num" : undefined}>
              {c.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={props.rowKey(row)}>
            {props.columns.map((c) => (
              <td key={c.title} className={c.numeric ? "num" : undefined}>
                {c.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  </div>
)

/** A customer's name as a link-styled button that opens its portrait. */
export const CustomerLink = ({ name, open }: { readonly name: string; readonly open: () => void }) => (
  <button type="button" className="link" onClick={open}>
    {name}
  </button>
)

export const Pager = ({ page, pages, go }: { page: number; pages: number; go: (page: number) => void }) =>
  pages <= 1 ? null : (
    <nav className="row pager" aria-label="分页">
      <button type="button" disabled={page <= 1} onClick={() => go(page - 1)}>
        上一页
      </button>
      <span>
        第 {page} / {pages} 页
      </span>
      <button type="button" disabled={page >= pages} onClick={() => go(page + 1)}>
        下一页
      </button>
    </nav>
  )
