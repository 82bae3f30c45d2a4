/**
 * The advisor-zone product routes (seed document 004, under /api/v2/open/adviserZone/product): by id, by code,
 * create, replace whole, and a Spring page. Plain JSON answers; the caller is the staff member the gateway names.
 */
import { randomUUID } from "node:crypto"
import { AdvisorProductDraft, AdvisorProductRepo, audited, NotFound } from "@wm/core"
import { Clock, Effect, Option, Schema } from "effect"
import { ClampedInt, IntLike } from "../../api/params.js"
import { defineRoute } from "../../api/route.js"
import { PageView, ProductView, pageView, productView, tag } from "./views.js"

const BASE = "/api/v2/open/adviserZone/product"

const Key = (description: string) =>
  Schema.String.pipe(Schema.minLength(1), Schema.maxLength(64)).annotations({ description })

const found =
  <A>(entity: string, key: string) =>
  (o: Option.Option<A>) =>
    Option.match(o, { onNone: () => Effect.fail(new NotFound({ entity, key })), onSome: Effect.succeed })

const auth =
  "Plain JSON, HTTP 200 / 400 (bad parameter, taken code) / 404 / 500; errors carry `code` and `msg` as well. " +
  "Requires `X-Consumer-Custom-ID` (the staff identity; 400 without it) and, when the server sets " +
  "ADVISOR_ZONE_SECRET, `X-Advisor-Zone-Secret` (401 otherwise)."

export const byId = defineRoute({
  method: "get",
  style: "plain",
  path: `${BASE}/:productId`,
  tag,
  summary: "根据产品id获取产品信息 A product by id",
  description: `${auth} \`viewCount\` is not counted (always 0).`,
  access: "staff",
  params: Schema.Struct({ productId: Key("产品id") }),
  response: ProductView,
  handle: ({ params }) =>
    Effect.gen(function* () {
      const repo = yield* AdvisorProductRepo
      return productView(yield* Effect.flatMap(repo.find(params.productId), found("advisor product", params.productId)))
    })
})

export const byCode = defineRoute({
  method: "get",
  style: "plain",
  path: `${BASE}/code/:code`,
  tag,
  summary: "通过产品代码返回产品详情 A product by code",
  description: auth,
  access: "staff",
  params: Schema.Struct({ code: Key("产品代码") }),
  response: ProductView,
  handle: ({ params }) =>
    Effect.gen(function* () {
      const repo = yield* AdvisorProductRepo
      return productView(
        yield* Effect.flatMap(repo.findByCode(params.code), found("advisor product code", params.code))
      )
    })
})

export const create = defineRoute({
  method: "post",
  style: "plain",
  path: BASE,
  tag,
  summary: "新增产品 Create a product",
  description: `${auth} \`type\` must be in the type dictionary; \`code\` unique. The caller becomes creator and updater. Answers the product.`,
  access: "staff",
  body: AdvisorProductDraft,
  response: ProductView,
  handle: ({ body, staff }) =>
    Effect.gen(function* () {
      const now = yield* Clock.currentTimeMillis
      const product = {
        id: randomUUID(),
        ...body,
        viewCount: 0,
        creator: staff,
        updater: staff,
        createAt: now,
        updateAt: now
      }
      yield* (yield* AdvisorProductRepo).insert(product)
      return productView(product)
    }).pipe(
      audited("advisor_product_change", {
        username: staff,
        details: { operation: "create", code: body.code },
        resultDetails: (p: { readonly id: string }) => ({ productId: p.id })
      })
    )
})

export const replace = defineRoute({
  method: "put",
  style: "plain",
  path: `${BASE}/:productId`,
  tag,
  summary: "修改产品信息 Replace a product (全量)",
  description:
    `${auth} A full replacement: every field is taken from the body, and an omitted optional field is cleared ` +
    "(its default). id, creator, createAt and viewCount stay; the caller becomes updater. Answers the product.",
  access: "staff",
  params: Schema.Struct({ productId: Key("产品id (the document calls it :id here)") }),
  body: AdvisorProductDraft,
  response: ProductView,
  handle: ({ body, staff, params }) =>
    Effect.gen(function* () {
      const repo = yield* AdvisorProductRepo
      const before = yield* Effect.flatMap(repo.find(params.productId), found("advisor product", params.productId))
      const now = yield* Clock.currentTimeMillis
      const product = {
        id: before.id,
        ...body,
        viewCount: before.viewCount,
        creator: before.creator,
        createAt: before.createAt,
        updater: staff,
        updateAt: Math.max(now, before.createAt)
      }
      yield* repo.replace(product)
      return productView(product)
    }).pipe(
      audited("advisor_product_change", {
        username: staff,
        target: `advisorProduct:${params.productId}`,
        details: { operation: "replace", code: body.code }
      })
    )
})

const MAX_SIZE = 100

export const list = defineRoute({
  method: "get",
  style: "plain",
  path: BASE,
  tag,
  summary: "分页获取所有的产品信息 Products, a page at a time",
  description: `${auth} Spring paging: \`page\` from 0, \`size\` default 10 (more than ${MAX_SIZE} is served as ${MAX_SIZE}); newest first.`,
  access: "staff",
  query: Schema.Struct({
    page: Schema.optionalWith(
      IntLike(Schema.Int.pipe(Schema.between(0, 1_000_000)), { minimum: 0, maximum: 1_000_000 }),
      {
        default: () => 0
      }
    ).annotations({ description: "page number, from 0" }),
    size: Schema.optionalWith(
      ClampedInt(1, MAX_SIZE, `page size, at least 1 (default 10); more than ${MAX_SIZE} is served as ${MAX_SIZE}`),
      {
        default: () => 10
      }
    )
  }),
  response: PageView,
  handle: ({ query }) =>
    Effect.gen(function* () {
      const found = yield* (yield* AdvisorProductRepo).page(query.page * query.size, query.size)
      return pageView(query.page, query.size, found.total, found.items)
    })
})

export const advisorRoutes = [byCode, byId, create, replace, list]
