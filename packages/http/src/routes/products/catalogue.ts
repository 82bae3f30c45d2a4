/**
 * 本行在售产品库: GET /api/products (the product file, paged), the superseded /api/products_1 (deprecated) and
 * /api/product/suggestion (product codes for the match form). Every signed-in role may read the catalogue.
 */
import { CompanyCode, MatchingService, paginate, recommendFor } from "@wm/core"
import { Effect, Option, Schema } from "effect"
import { ClampedInt, Keyword, PagingQuery } from "../../api/params.js"
import { defineRoute } from "../../api/route.js"
import { activeVersion, customerInScope, holdingsWithProducts, productsOf } from "../company/access.js"
import { LibraryProduct, libraryFields, libraryProduct, matchesKeyword, tag } from "./views.js"

/** The active version's product rows in file order, none before the first update. */
const library = Effect.gen(function* () {
  const pointer = yield* activeVersion
  if (Option.isNone(pointer)) return { updateTime: null, rows: [] }
  const rows = [...(yield* productsOf(pointer.value)).values()]
  return { updateTime: pointer.value.appliedAt, rows }
})

const UpdateTime = Schema.NullOr(Schema.Number).annotations({
  description: "更新时间戳: when the active data version was applied, epoch ms; null before the first update"
})

export const products = defineRoute({
  method: "get",
  path: "/api/products",
  tag,
  summary: "本行在售产品库 Our product library",
  description:
    "Every product of the active product file (our catalogue, past products included), in file order, whose " +
    "code or name contains the keyword. Dates are YYYY-MM-DD text as the document types them.",
  access: "user",
  query: Schema.Struct({
    keyword: Keyword.annotations({ description: "产品代码或名称关键词" }),
    ...PagingQuery.fields
  }),
  response: Schema.Struct({ updateTime: UpdateTime, total: Schema.Int, products: Schema.Array(LibraryProduct) }),
  memo: true,
  handle: ({ query }) =>
    Effect.map(library, ({ updateTime, rows }) => {
      const page = paginate(
        rows.filter((p) => matchesKeyword(query.keyword, p)),
        query
      )
      return { updateTime, total: page.total, products: page.items.map(libraryProduct) }
    })
})

const MAX_LIMIT = 100
const limitText = `条数, at least 1 (default 10); more than ${MAX_LIMIT} is served as ${MAX_LIMIT}`

export const productsLegacy = defineRoute({
  method: "get",
  path: "/api/products_1",
  tag,
  summary: "现有在售产品库/TOP5产品 (superseded)",
  description:
    "The 回收站 shape. Without `comanyId` (sic): the first `limit` products of the library. With it: that " +
    "customer's recommendations (as the portrait's `recommand`, at most 5), scoped like /api/company/detail " +
    "(outside the caller's scope answers 10007). `bankName` is 本行. Use /api/products and /api/company/detail.",
  deprecated: true,
  access: "user",
  memo: true,
  query: Schema.Struct({
    limit: Schema.optionalWith(ClampedInt(1, MAX_LIMIT, limitText), { default: () => 10 }).annotations({
      description: limitText
    }),
    comanyId: Schema.optional(CompanyCode).annotations({ description: "企业ID (customer code)" })
  }),
  response: Schema.Struct({
    updateTime: UpdateTime,
    products: Schema.Array(
      Schema.Struct({ ...libraryFields, bankName: Schema.String.annotations({ description: "银行名称" }) })
    )
  }),
  handle: ({ actor, query }) =>
    Effect.gen(function* () {
      const { updateTime, rows } = yield* library
      const withBank = (list: ReadonlyArray<(typeof rows)[number]>) =>
        list.slice(0, query.limit).map((p) => ({ ...libraryProduct(p), bankName: "本行" }))
      if (query.comanyId === undefined) return { updateTime, products: withBank(rows) }
      const { pointer, portrait } = yield* customerInScope(actor.user, query.comanyId)
      const matching = yield* MatchingService
      const index = yield* matching.indexOf(pointer)
      const i = index.byCode.get(portrait.code)
      if (i === undefined || index.day === null) return { updateTime, products: [] }
      const held = new Set((yield* holdingsWithProducts(pointer, portrait.code)).map((h) => h.holding.productCode))
      const recommended = recommendFor(index, i, held, index.day, matching.config)
      return { updateTime, products: withBank(recommended.map((r) => r.product)) }
    })
})

export const MAX_PRODUCT_SUGGESTIONS = 50
const suggestionLimitText = `限制条数，默认10; more than ${MAX_PRODUCT_SUGGESTIONS} is served as ${MAX_PRODUCT_SUGGESTIONS}`

export const productSuggestion = defineRoute({
  method: "get",
  path: "/api/product/suggestion",
  tag,
  summary: "模糊搜索产品代码 Suggest products by code or name",
  description: `Up to \`limit\` (default 10, more than ${MAX_PRODUCT_SUGGESTIONS} served as ${MAX_PRODUCT_SUGGESTIONS}) products of the library whose code or name contains the keyword; \`id\` is the product code (what /api/company/match takes as \`code\`).`,
  access: "user",
  memo: true,
  query: Schema.Struct({
    keyword: Keyword.annotations({ description: "产品代码或名称关键词" }),
    limit: Schema.optionalWith(ClampedInt(1, MAX_PRODUCT_SUGGESTIONS, suggestionLimitText), {
      default: () => 10
    }).annotations({ description: suggestionLimitText })
  }),
  response: Schema.Struct({
    total: Schema.Int.annotations({ description: "all matches" }),
    products: Schema.Array(
      Schema.Struct({
        id: Schema.String.annotations({ description: "产品唯一标识 (the product code)" }),
        code: Schema.String.annotations({ description: "产品代码" }),
        name: Schema.String.annotations({ description: "产品名称" })
      })
    )
  }),
  handle: ({ query }) =>
    Effect.map(library, ({ rows }) => {
      const found = rows.filter((p) => matchesKeyword(query.keyword, p))
      return {
        total: found.length,
        products: found
          .slice(0, query.limit)
          .map((p) => ({ id: p.productCode, code: p.productCode, name: p.productName }))
      }
    })
})
