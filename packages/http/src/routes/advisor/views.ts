/**
 * The advisor zone's product as answered (理财顾问专区, its own document): the stored product plus the type's name,
 * where it came from and who last changed it; and the Spring page object its list answers.
 */
import { AdvisorProduct, advisorFundTypes, type AdvisorProduct as Product } from "@wm/core"
import { Schema } from "effect"

export const tag = "理财顾问专区 advisor zone"

export const ProductView = Schema.Struct({
  ...AdvisorProduct.fields,
  typeName: Schema.String.annotations({ description: "基金类型名, from the type dictionary" }),
  from: Schema.Literal("manage").annotations({ description: "来源: manage (maintained here)" }),
  updateUser: Schema.Struct({
    displayname: Schema.String.annotations({
      description: "the updater's name: its identity without @staff_ and domain"
    }),
    avatar_url: Schema.String.annotations({ description: "empty: no avatar source is known to this service" })
  })
}).annotations({ identifier: "AdvisorProductView" })

/** "@staff_sshh:im.example.com" → "sshh"; an identity of another shape is shown whole. */
const displayName = (identity: string) => /^@(?:staff_)?([^:]+)/.exec(identity)?.[1] ?? identity

export const productView = (p: Product): typeof ProductView.Type => ({
  ...p,
  fund: p.fund === null ? null : { ...p.fund, currency: p.fund.currency ?? "元" },
  typeName: advisorFundTypes[p.type],
  from: "manage",
  updateUser: { displayname: displayName(p.updater), avatar_url: "" }
})

const SortView = Schema.Struct({ sorted: Schema.Boolean, unsorted: Schema.Boolean, empty: Schema.Boolean })

/** Spring Data's Page as the document's example shows it (0-based `number`). */
export const PageView = Schema.Struct({
  content: Schema.Array(ProductView),
  pageable: Schema.Struct({
    sort: SortView,
    pageNumber: Schema.Int,
    pageSize: Schema.Int,
    offset: Schema.Int,
    unpaged: Schema.Boolean,
    paged: Schema.Boolean
  }),
  totalElements: Schema.Int,
  totalPages: Schema.Int,
  last: Schema.Boolean,
  first: Schema.Boolean,
  sort: SortView,
  numberOfElements: Schema.Int,
  size: Schema.Int,
  number: Schema.Int,
  empty: Schema.Boolean
}).annotations({ identifier: "AdvisorProductPage" })

/** The document's example is unsorted; we list newest first, which Spring would also call sorted. */
const sorted = { sorted: true, unsorted: false, empty: false }

export const pageView = (page: number, size: number, total: number, items: ReadonlyArray<Product>) => {
  const totalPages = Math.ceil(total / size)
  return {
    content: items.map(productView),
    pageable: { sort: sorted, pageNumber: page, pageSize: size, offset: page * size, unpaged: false, paged: true },
    totalElements: total,
    totalPages,
    last: page >= totalPages - 1,
    first: page === 0,
    sort: sorted,
    numberOfElements: items.length,
    size,
    number: page,
    empty: items.length === 0
  }
}
