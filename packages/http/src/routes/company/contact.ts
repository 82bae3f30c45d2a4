/**
 * POST /api/company/contact: corrects a customer's contact person and phone (更新企业联系人).
 *
 * The edit is stored apart from the customer file (ContactRepo), so uploads and recomputes do not lose it; it
 * shows in /api/company/detail while the customer file still carries the values it replaced, and a newer customer
 * file that changes them wins (core Warning/Contacts.ts). Every role may edit the customers of its scope.
 */
import { CompanyCode, ContactPhone, editContact, Linkman } from "@wm/core"
import { Effect, Schema } from "effect"
import { defineRoute } from "../../api/route.js"
import { customerInScope } from "./access.js"
import { tag } from "./views.js"

export const contact = defineRoute({
  method: "post",
  path: "/api/company/contact",
  tag,
  summary: "更新企业联系人 Correct a customer's contact person and phone",
  description:
    "Any signed-in user may correct the contact of a customer in its scope; outside the scope, or before the " +
    "first data update, answers 10007. The edit survives uploads and recomputes and shows in " +
    "/api/company/detail until a newer customer file changes the linkman or phone it replaced (the newer change " +
    "wins). Answers the contact now shown.",
  access: "user",
  body: Schema.Struct({
    companyId: CompanyCode.annotations({ description: "企业ID (customer code)" }),
    linkman: Linkman.annotations({ description: "联系人, 1–32 characters" }),
    contact: ContactPhone.annotations({
      description: "联系电话, 3–32 characters: digits, spaces and + - ( ), at least 3 digits"
    })
  }),
  response: Schema.Struct({
    companyId: Schema.String.annotations({ description: "企业ID (customer code)" }),
    linkman: Schema.String.annotations({ description: "联系人" }),
    contact: Schema.String.annotations({ description: "联系电话" })
  }),
  handle: ({ actor, body }) =>
    Effect.gen(function* () {
      const { portrait } = yield* customerInScope(actor.user, body.companyId)
      const saved = yield* editContact(actor, portrait, body)
      return { companyId: portrait.code, ...saved }
    })
})
