/**
 * 今日在售 and 同业在售: GET /api/financial/today_products (our products whose sales window contains today, the
 * server clock's date in the bank's time zone) and GET /api/financial/peer_products (the peer_product file).
 */
import { onSaleOn, paginate } from "@wm/core"
import { Clock, Effect, Option, Schema } from "effect"
import { Keyword, PagingQuery } from "../../api/params.js"
import { defineRoute } from "../../api/route.js"
import { dateTimeText } from "../../api/time.js"
import { activeVersion, productsOf, snapshotRowsOf } from "../company/access.js"
import { matchesKeyword, saleFields, saleProduct, tag } from "./views.js"

const ListQuery = Schema.Struct({
  keyword: Keyword.annotations({ description: "关键词 (code or name)" }),
  ...PagingQuery.fields
})

export const todayProducts = defineRoute({
  method: "get",
  path: "/api/financial/today_products",
  tag,
  summary: "今日在售理财产品 Our products on sale today",
  description:
    "Products of the active product file whose sales window (salesStart … salesEnd, inclusive) contains today, " +
    "the server clock's date in the bank's time zone, in file order, filtered by code or name. `productId` is " +
    "the product's 1-based position in the file.",
  access: "user",
  memo: "daily",
  query: ListQuery,
  response: Schema.Struct({ total: Schema.Int, products: Schema.Array(Schema.Struct(saleFields)) }),
  handle: ({ query }) =>
    Effect.gen(function* () {
      const pointer = yield* activeVersion
      if (Option.isNone(pointer)) return { total: 0, products: [] }
      const today = dateTimeText(yield* Clock.currentTimeMillis).slice(0, 10)
      const rows = [...(yield* productsOf(pointer.value)).values()]
      const page = paginate(
        rows.flatMap((p, k) => (onSaleOn(p, today) && matchesKeyword(query.keyword, p) ? [saleProduct(p, k + 1)] : [])),
        query
      )
      return { total: page.total, products: page.items }
    })
})

export const peerProducts = defineRoute({
  method: "get",
  path: "/api/financial/peer_products",
  tag,
  summary: "同业在售理财产品 Other banks' products",
  description:
    "Rows of the active peer_product file in file order, filtered by product code or name. " +
    "`expectedInterestRate` is a number, as in today_products (the document types it as text here).",
  access: "user",
  memo: true,
  query: ListQuery,
  response: Schema.Struct({
    total: Schema.Int,
    products: Schema.Array(
      Schema.Struct({ ...saleFields, bankName: Schema.String.annotations({ description: "银行名称" }) })
    )
  }),
  handle: ({ query }) =>
    Effect.gen(function* () {
      const pointer = yield* activeVersion
      if (Option.isNone(pointer)) return { total: 0, products: [] }
      const rows = yield* snapshotRowsOf(pointer.value, "peer_product")
      const page = paginate(
        rows.flatMap((p, k) =>
          matchesKeyword(query.keyword, p) ? [{ ...saleProduct(p, k + 1), bankName: p.bankName }] : []
        ),
        query
      )
      return { total: page.total, products: page.items }
    })
})
